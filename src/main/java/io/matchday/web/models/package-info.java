/** The console's Models section: the registry's models, versions, gate decisions and audit; a version's card; promote and roll back. */
package io.matchday.web.models;
