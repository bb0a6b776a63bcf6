package jp.tomoni.groups;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Links to a group's pages on social media: what the form accepts, and which service a link points to. */
final class SocialLinks {

	static final int MAX_LENGTH = 500;

	/** Hosts of the services residents name most often; any other https address is shown as "other". */
	private static final Map<String, String> SERVICES = Map.ofEntries(Map.entry("x.com", "x"),
			Map.entry("twitter.com", "x"), Map.entry("instagram.com", "instagram"), Map.entry("facebook.com", "facebook"),
			Map.entry("line.me", "line"), Map.entry("lin.ee", "line"), Map.entry("youtube.com", "youtube"),
			Map.entry("youtu.be", "youtube"), Map.entry("note.com", "note"), Map.entry("tiktok.com", "tiktok"),
			Map.entry("threads.net", "threads"), Map.entry("threads.com", "threads"), Map.entry("ameblo.jp", "ameblo"));

	private SocialLinks() {
	}

	/** The lines of the form's text, stripped, blank lines dropped. */
	static List<String> parse(@Nullable String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/**
	 * An absolute https address with a host name, no user name or password in it, no spaces, at most
	 * {@link #MAX_LENGTH} characters.
	 */
	static boolean isValid(String link) {
		if (link.length() > MAX_LENGTH || link.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
			return false;
		}
		try {
			URI uri = new URI(link);
			return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank()
					&& uri.getHost().contains(".") && uri.getRawUserInfo() == null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/** The service a link points to ({@code instagram}, {@code x}, …, or {@code other}): a message key suffix. */
	static String service(String link) {
		try {
			String host = new URI(link).getHost();
			if (host == null) {
				return "other";
			}
			String lower = host.toLowerCase(Locale.ROOT);
			for (Map.Entry<String, String> service : SERVICES.entrySet()) {
				if (lower.equals(service.getKey()) || lower.endsWith("." + service.getKey())) {
					return service.getValue();
				}
			}
			return "other";
		}
		catch (URISyntaxException ex) {
			return "other";
		}
	}
}
