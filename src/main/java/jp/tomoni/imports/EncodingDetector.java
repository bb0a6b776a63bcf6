package jp.tomoni.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the encoding of a list by its byte-order mark, else by strict decoding of the whole file (decision 0016):
 * UTF-8 and UTF-16 with a BOM; UTF-16 without one when the first bytes hold NUL bytes (ASCII commas and line
 * breaks of a CSV file encode with a zero byte in UTF-16, never in UTF-8 or CP932); otherwise UTF-8 when the whole
 * file is valid UTF-8, else CP932 (Windows-31J, what Excel writes as 「CSV (コンマ区切り)」) when it is valid CP932.
 */
public final class EncodingDetector {

	/** Windows-31J: Shift_JIS with Microsoft's extensions (①, ㈱, NEC and IBM kanji) that Japanese Excel writes. */
	public static final Charset CP932 = Charset.forName("windows-31j");

	private static final int SAMPLE = 4096;

	private EncodingDetector() {
	}

	/** The file's encoding, or empty when it is none of those read (then the file is refused as a whole). */
	public static Optional<DetectedEncoding> detect(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(SAMPLE);
		}
		if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
			return verified(file, new DetectedEncoding(StandardCharsets.UTF_8, 3, "UTF-8 (BOM)"));
		}
		if (startsWith(head, 0xFE, 0xFF)) {
			return verified(file, new DetectedEncoding(StandardCharsets.UTF_16BE, 2, "UTF-16BE (BOM)"));
		}
		if (startsWith(head, 0xFF, 0xFE)) {
			return verified(file, new DetectedEncoding(StandardCharsets.UTF_16LE, 2, "UTF-16LE (BOM)"));
		}
		int zerosEven = 0;
		int zerosOdd = 0;
		for (int i = 0; i < head.length; i++) {
			if (head[i] == 0) {
				if (i % 2 == 0) {
					zerosEven++;
				}
				else {
					zerosOdd++;
				}
			}
		}
		if (zerosEven + zerosOdd > 0) {
			// ASCII in UTF-16: the zero byte comes first in big-endian, second in little-endian.
			return zerosEven >= zerosOdd
					? verified(file, new DetectedEncoding(StandardCharsets.UTF_16BE, 0, "UTF-16BE"))
					: verified(file, new DetectedEncoding(StandardCharsets.UTF_16LE, 0, "UTF-16LE"));
		}
		Optional<DetectedEncoding> utf8 = verified(file, new DetectedEncoding(StandardCharsets.UTF_8, 0, "UTF-8"));
		if (utf8.isPresent()) {
			return utf8;
		}
		return verified(file, new DetectedEncoding(CP932, 0, "CP932 (Shift_JIS)"));
	}

	private static Optional<DetectedEncoding> verified(Path file, DetectedEncoding encoding) throws IOException {
		char[] buffer = new char[1 << 14];
		try (Reader reader = encoding.open(file)) {
			while (reader.read(buffer) >= 0) {
				// Decoding the whole file is the check.
			}
			return Optional.of(encoding);
		}
		catch (CharacterCodingException notThisEncoding) {
			return Optional.empty();
		}
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
