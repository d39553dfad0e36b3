package dev.composelint.core.sidecar.common;

import dev.composelint.core.yaml.YMap;

import static dev.composelint.core.sidecar.common.FieldReader.present;

/**
 * Checks of prometheus/common's {@code HTTPClientConfig}, which Prometheus inlines into scrape, Alertmanager, remote
 * and many discovery configs (and Loki, Promtail and Alertmanager into their clients): at most one way to
 * authenticate, at most one source per credential, no {@code authorization} of type Basic. Prometheus' own words
 * (after an optional {@code prefix} such as {@code http_sd: }).
 */
public final class HttpClientChecks {

    private HttpClientChecks() {
    }

    public static void check(YMap owner, String prefix, FieldReader fields) {
        boolean bearer = present(owner, "bearer_token");
        boolean bearerFile = present(owner, "bearer_token_file");
        boolean basic = present(owner, "basic_auth");
        boolean oauth = present(owner, "oauth2");
        YMap authorization = fields.mapping(owner, "authorization");
        if (bearer && bearerFile) {
            fields.error(owner.entry("bearer_token_file").keySource(), prefix + "at most one of bearer_token & "
                    + "bearer_token_file must be configured");
        }
        if ((basic || oauth) && (bearer || bearerFile)) {
            fields.error(owner.entry(basic ? "basic_auth" : "oauth2").keySource(), prefix + "at most one of basic_auth, "
                    + "oauth2, bearer_token & bearer_token_file must be configured");
        }
        if (authorization != null) {
            if (bearer || bearerFile) {
                fields.error(owner.entry("authorization").keySource(), prefix + "authorization is not compatible with "
                        + "bearer_token & bearer_token_file");
            }
            if (basic || oauth) {
                fields.error(owner.entry("authorization").keySource(), prefix + "at most one of basic_auth, oauth2 & "
                        + "authorization must be configured");
            }
            if (present(authorization, "credentials") && present(authorization, "credentials_file")) {
                fields.error(authorization.entry("credentials_file").keySource(), prefix + "at most one of "
                        + "authorization credentials & credentials_file must be configured");
            }
            String type = authorization.text("type");
            if (type != null && type.equalsIgnoreCase("basic")) {
                fields.error(authorization.get("type").source(), prefix + "authorization type cannot be set to "
                        + "\"basic\", use \"basic_auth\" instead");
            }
        }
        YMap basicAuth = fields.mapping(owner, "basic_auth");
        if (basicAuth != null) {
            if (count(basicAuth, "username", "username_file", "username_ref") > 1) {
                fields.error(basicAuth.source(), prefix + "at most one of basic_auth username, username_file & "
                        + "username_ref must be configured");
            }
            if (count(basicAuth, "password", "password_file", "password_ref") > 1) {
                fields.error(basicAuth.source(), prefix + "at most one of basic_auth password, password_file & "
                        + "password_ref must be configured");
            }
        }
    }

    private static int count(YMap owner, String... keys) {
        int n = 0;
        for (String key : keys) if (present(owner, key)) n++;
        return n;
    }
}
