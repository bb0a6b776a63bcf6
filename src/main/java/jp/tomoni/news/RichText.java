package jp.tomoni.news;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Plain text as pages show it: paragraphs at blank lines, line breaks within them, and http(s) addresses as links.
 * Pages print every part as text (escaped), so nothing a writer types becomes markup; only the addresses this class
 * recognises become links, and only to http or https.
 */
final class RichText {

	/** An address up to the first space or character that cannot end one, Japanese punctuation included. */
	private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'「」『』（）()、。，,]+[^\\s<>\"'「」『』（）()、。，,.!?！？:;]");

	private RichText() {
	}

	/** A piece of a line: text, or text linked to {@code href}. */
	record Part(String text, @Nullable String href) {
	}

	/** A paragraph: its lines, each a list of parts. */
	record Paragraph(List<List<Part>> lines) {
	}

	static List<Paragraph> paragraphs(@Nullable String text) {
		List<Paragraph> paragraphs = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return paragraphs;
		}
		for (String block : text.replace("\r\n", "\n").replace('\r', '\n').strip().split("\n\\s*\n")) {
			List<List<Part>> lines = new ArrayList<>();
			for (String line : block.strip().split("\n")) {
				lines.add(parts(line));
			}
			paragraphs.add(new Paragraph(lines));
		}
		return paragraphs;
	}

	static List<Part> parts(String line) {
		List<Part> parts = new ArrayList<>();
		Matcher matcher = URL.matcher(line);
		int last = 0;
		while (matcher.find()) {
			if (matcher.start() > last) {
				parts.add(new Part(line.substring(last, matcher.start()), null));
			}
			parts.add(new Part(matcher.group(), matcher.group()));
			last = matcher.end();
		}
		if (last < line.length()) {
			parts.add(new Part(line.substring(last), null));
		}
		return parts;
	}

	/** The start of a text as one plain line, for lists, feeds and search hits. */
	static String summary(@Nullable String text, int length) {
		if (text == null) {
			return "";
		}
		String flat = text.replaceAll("\\s+", " ").strip();
		return flat.codePointCount(0, flat.length()) <= length ? flat
				: flat.substring(0, flat.offsetByCodePoints(0, length)) + "…";
	}
}
