package dev.composelint.core.model;

/** Where a project's name came from, in Compose's order of precedence. */
public enum NameOrigin {
    /** {@code -p} / {@code --project-name}, or an explicit project definition. */
    OPTION,
    /** {@code COMPOSE_PROJECT_NAME} from the shell or an env file. */
    ENVIRONMENT,
    /** A top-level {@code name:}. */
    NAME_KEY,
    /** The base name of the project directory. */
    DIRECTORY
}
