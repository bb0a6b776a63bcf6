package jp.tomoni.platform;

/** An entry of the navigation: a message key and a path. */
public record MenuItem(String labelKey, String href) {
}
