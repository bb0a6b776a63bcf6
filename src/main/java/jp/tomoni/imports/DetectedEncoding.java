package jp.tomoni.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;

/**
 * The encoding of a file and the length of its byte-order mark.
 *
 * @param charset the character set
 * @param bomLength bytes of the byte-order mark to skip (0 when there is none)
 * @param label what the report shows, e.g. {@code UTF-8 (BOM)}
 */
public record DetectedEncoding(Charset charset, int bomLength, String label) {

	/** A strict reader (malformed input fails instead of becoming U+FFFD) positioned after the byte-order mark. */
	public Reader open(Path file) throws IOException {
		FileChannel channel = FileChannel.open(file);
		channel.position(bomLength);
		return new BufferedReader(Channels.newReader(channel, strictDecoder(charset), -1), 1 << 16);
	}

	public static CharsetDecoder strictDecoder(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}
}
