package dev.composelint.core.sidecar.common;

import dev.composelint.core.Finding;

import java.util.List;

/**
 * The URLs a sidecar config names (in file order) and what makes the tool refuse the file.
 *
 * @param urls        the URLs that name a known host
 * @param diagnostics the findings under the tool's reserved id, in position order
 */
public record UrlsParse(List<ConfigUrl> urls, List<Finding> diagnostics) {

    public UrlsParse {
        urls = List.copyOf(urls);
        diagnostics = List.copyOf(diagnostics);
    }
}
