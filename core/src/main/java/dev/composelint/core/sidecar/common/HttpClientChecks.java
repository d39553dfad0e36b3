package dev.composelint.core.sidecar.common;

import dev.composelint.core.yaml.YMap;

import static dev.composelint.core.sidecar.common.FieldReader.present;

/**
 * Checks of prometheus/common's {@code HTTPClientConfig}, which Prometheus inlines into scrape, Alertmanager, remote
 * and many discovery configs (and Loki, Promtail and Alertmanager into their clients): at most one way to
 * authenticate, at most one source per credential, no {@code authorization} of type Basic, a complete client
 * certificate in {@code tls_config}, consistent proxy settings. In prometheus/common's own words, after an optional
 * {@code prefix} such as {@code http_sd: }.
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
            fields.error(owner.entry(basic ? "basic_auth" : "oauth2").keySource(), prefix + "at most one of "
                    + "basic_auth, oauth2, bearer_token & bearer_token_file must be configured");
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
        YMap oauth2 = fields.mapping(owner, "oauth2");
        if (oauth2 != null && count(oauth2, "client_secret", "client_secret_file", "client_secret_ref") > 1) {
            fields.error(oauth2.source(), prefix + "at most one of oauth2 client_secret, client_secret_file & "
                    + "client_secret_ref must be configured");
        }
        tls(fields.mapping(owner, "tls_config"), prefix, fields);
        proxy(owner, prefix, fields);
    }

    /** prometheus/common's {@code TLSConfig.Validate}. */
    private static void tls(YMap tls, String prefix, FieldReader fields) {
        if (tls == null) return;
        for (String part : new String[] {"ca", "cert"}) {
            if (count(tls, part, part + "_file", part + "_ref") > 1) {
                fields.error(tls.source(), prefix + "at most one of " + part + ", " + part + "_file & " + part
                        + "_ref must be configured");
            }
        }
        if (count(tls, "key", "key_file", "key_ref") > 1) {
            fields.error(tls.source(), prefix + "at most one of key and key_file must be configured");
        }
        boolean cert = count(tls, "cert", "cert_file", "cert_ref") > 0;
        boolean key = count(tls, "key", "key_file", "key_ref") > 0;
        if (cert && !key) {
            fields.error(tls.source(), prefix + "exactly one of key or key_file must be configured when a client "
                    + "certificate is configured");
        } else if (key && !cert) {
            fields.error(tls.source(), prefix + "exactly one of cert or cert_file must be configured when a client "
                    + "key is configured");
        }
    }

    /** prometheus/common's {@code ProxyConfig.Validate}. */
    private static void proxy(YMap owner, String prefix, FieldReader fields) {
        boolean fromEnvironment = Boolean.TRUE.equals(fields.bool(owner, "proxy_from_environment"));
        boolean url = present(owner, "proxy_url");
        boolean noProxy = present(owner, "no_proxy");
        if (present(owner, "proxy_connect_header") && !fromEnvironment && !url) {
            fields.error(owner.entry("proxy_connect_header").keySource(), prefix + "if proxy_connect_header is "
                    + "configured, proxy_url or proxy_from_environment must also be configured");
        }
        if (fromEnvironment && url) {
            fields.error(owner.entry("proxy_url").keySource(), prefix + "if proxy_from_environment is configured, "
                    + "proxy_url must not be configured");
        }
        if (fromEnvironment && noProxy) {
            fields.error(owner.entry("no_proxy").keySource(), prefix + "if proxy_from_environment is configured, "
                    + "no_proxy must not be configured");
        }
        if (!url && noProxy) {
            fields.error(owner.entry("no_proxy").keySource(), prefix + "if no_proxy is configured, proxy_url must "
                    + "also be configured");
        }
    }

    private static int count(YMap owner, String... keys) {
        int n = 0;
        for (String key : keys) if (present(owner, key)) n++;
        return n;
    }
}
