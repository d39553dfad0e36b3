package dev.composelint.core.evidence;

import dev.composelint.core.Source;

/**
 * A Compose variable ({@code COMPOSE_FILE}, {@code COMPOSE_PATH_SEPARATOR}, {@code COMPOSE_PROFILES},
 * {@code COMPOSE_PROJECT_NAME}) set in {@code .env} or an env template ({@code .env.example}, {@code .env.sample},
 * {@code .env.dist}, {@code env.example}). The value is a Compose setting, never a secret.
 */
public record EnvSetting(Source source, String key, String value) {
}
