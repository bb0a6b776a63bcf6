package jp.tomoni.imports;

import java.util.List;

/** The file as a whole cannot be read (unknown encoding, no header, broken quoting): nothing is imported. */
public class ImportFileException extends Exception {

	private final String code;

	private final transient List<Object> arguments;

	public ImportFileException(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = List.of(arguments);
	}

	public String code() {
		return code;
	}

	public List<Object> arguments() {
		return arguments;
	}
}
