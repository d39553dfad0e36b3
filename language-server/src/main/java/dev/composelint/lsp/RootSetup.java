package dev.composelint.lsp;

import dev.composelint.core.config.ConfigException;
import dev.composelint.core.config.ConfigLoader;
import dev.composelint.core.config.LintConfig;
import dev.composelint.core.config.RuleConfig;
import dev.composelint.core.invocation.InvocationException;
import dev.composelint.core.invocation.LintInvocation;
import dev.composelint.core.load.LoadRequest;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How one workspace root is linted: the invocation {@code composelint} would make when run in that directory, with
 * the root's {@code .composelint.yaml} (found as the CLI finds it, in the root or a parent). When there is no such
 * file, the client's {@code initializationOptions} stand for it: the same keys, checked the same way, with the same
 * messages (positions name {@value #OPTIONS_NAME}).
 *
 * @param invocation the rules and their settings
 * @param request    what to load (the invocation's request; only the projects the initialization options define
 *                   when they define some, as for a configuration file), before the open buffers are laid over it
 */
record RootSetup(LintInvocation invocation, LoadRequest request) {

    static final String OPTIONS_NAME = "initializationOptions";

    /**
     * @param options the initialization options as JSON text, or null
     */
    static RootSetup of(Path root, Map<String, String> environment, String options) throws InvocationException {
        LintInvocation.Builder builder = LintInvocation.builder(root).load(load -> load.environment(environment));
        Optional<Path> file = ConfigLoader.find(root);
        if (file.isPresent() || options == null || options.isBlank()) {
            LintInvocation invocation = builder.build();
            return new RootSetup(invocation, invocation.request());
        }
        LintConfig config = parse(root, options);
        builder.presets(config.presets()).load(load -> load.ignore(config.ignoreRelativeTo(root))
                .profiles(config.profiles()).strictEnv(config.strictEnv()).allowOutside(config.allowOutside())
                .projects(config.projects()));
        for (RuleConfig rule : config.rules().values()) builder.settings(rule.id(), rule.settings());
        LintInvocation invocation;
        try {
            invocation = builder.build();
            config.validate(invocation.knownRules().values());
        } catch (ConfigException e) {
            throw located(e);
        } catch (InvocationException e) {
            throw new InvocationException(OPTIONS_NAME + ": " + e.getMessage());
        }
        return new RootSetup(invocation, invocation.request());
    }

    private static LintConfig parse(Path root, String options) throws InvocationException {
        try {
            return ConfigLoader.parse(root.resolve(OPTIONS_NAME), options);
        } catch (ConfigException e) {
            throw located(e);
        }
    }

    private static InvocationException located(ConfigException e) {
        return new InvocationException(OPTIONS_NAME + ":" + e.source().line() + ":" + e.source().column() + ": "
                + e.reason());
    }
}
