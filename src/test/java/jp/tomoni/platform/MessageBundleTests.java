package jp.tomoni.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jp.tomoni.shared.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every visible string is a message key present in both bundles; templates carry no literal text; every key the
 * templates and the Java code name exists.
 */
class MessageBundleTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	private static final Pattern JAVA_KEY = Pattern
		.compile("(?:(?:Account|Group)?RuleViolation\\(\"[^\"]+\", \"|MenuItem\\(\"|sendMail\\([^,]+, \")([A-Za-z0-9_.]+)\"");

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources", name))) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	/** A key written twice keeps only its last text: one of the two pages shows the other's sentence. */
	@Test
	void noKeyIsWrittenTwice() throws IOException {
		for (String bundle : java.util.List.of("messages.properties", "messages_en.properties")) {
			Set<String> seen = new java.util.HashSet<>();
			Set<String> twice = new TreeSet<>();
			for (String line : Files.readAllLines(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8)) {
				int equals = line.indexOf('=');
				if (line.isBlank() || line.startsWith("#") || equals < 0 || line.startsWith(" ")) {
					continue;
				}
				String key = line.substring(0, equals).strip();
				if (!seen.add(key)) {
					twice.add(key);
				}
			}
			assertThat(twice).as(bundle).isEmpty();
		}
	}

	@Test
	void japaneseAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Set<String> ja = new TreeSet<>(load("messages.properties").stringPropertyNames());
		Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
		assertThat(en).as("keys missing from messages_en.properties").containsAll(ja);
		assertThat(ja).as("keys missing from messages.properties").containsAll(en);
	}

	@Test
	void everyKeyNamedInTemplatesAndCodeExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		List<String> missing = new ArrayList<>();
		for (Path file : files(TEMPLATES, ".html")) {
			Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(file));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(file + ": " + matcher.group(1));
				}
			}
		}
		for (Path file : files(Path.of("src/main/java"), ".java")) {
			Matcher matcher = JAVA_KEY.matcher(Files.readString(file));
			while (matcher.find()) {
				String key = matcher.group(1);
				boolean found = keys.contains(key) || (keys.contains(key + ".subject") && keys.contains(key + ".body"));
				if (!found) {
					missing.add(file + ": " + key);
				}
			}
		}
		for (Role role : Role.values()) {
			if (!keys.contains(role.messageKey())) {
				missing.add("Role: " + role.messageKey());
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path file : files(TEMPLATES, ".html")) {
			Document document = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				for (TextNode text : element.textNodes()) {
					String value = text.text().strip();
					if (!value.isEmpty() && value.codePoints().anyMatch(Character::isLetterOrDigit)) {
						literals.add(file + ": <" + element.tagName() + "> " + value);
					}
				}
				for (String attribute : List.of("title", "alt", "aria-label", "placeholder")) {
					if (element.hasAttr(attribute) && !element.attr(attribute).isBlank()) {
						literals.add(file + ": " + attribute + "=" + element.attr(attribute));
					}
				}
			}
		}
		assertThat(literals).isEmpty();
	}

	private static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(p -> p.toString().endsWith(suffix)).toList();
		}
	}
}
