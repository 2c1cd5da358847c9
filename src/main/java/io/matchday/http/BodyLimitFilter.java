package io.matchday.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses request bodies over {@code matchday.serve.max-body} with 413: at once when the
 * Content-Length says so, and while reading when a chunked body grows past the limit.
 */
class BodyLimitFilter extends HttpFilter {

    private final long limit;
    private final ObjectMapper json;

    BodyLimitFilter(ServingProperties properties, ObjectMapper json) {
        this.limit = properties.maxBody().toBytes();
        this.json = json;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > limit) {
            response.setHeader("Connection", "close");
            tooLarge(length).write(request, response, json);
            return;
        }
        chain.doFilter(length >= 0 ? request : new Limited(request, limit), response);
    }

    private ApiProblem tooLarge(long length) {
        return ApiProblem.tooLarge("the request body" + (length >= 0 ? " has " + length + " bytes;" : " is over the limit:")
                + " at most " + limit + " bytes are accepted");
    }

    /** A body of unknown length, counted as it is read. */
    private final class Limited extends HttpServletRequestWrapper {
        private final long max;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) {
                    read += n;
                    if (read > max) {
                        throw tooLarge(-1);
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
