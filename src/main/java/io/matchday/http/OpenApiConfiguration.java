package io.matchday.http;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and the admin key scheme; operations describe themselves. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Matchday forecasting API", version = "v1",
        description = "Football match forecasts (home/draw/away, expected goals, most likely score) from the registered "
                + "champion models, the market's de-vigged view when prices are given, and the ledger of every forecast "
                + "served. Errors are RFC 7807 problem JSON.",
        license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")))
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER, paramName = AdminKeyFilter.HEADER)
class OpenApiConfiguration {
}
