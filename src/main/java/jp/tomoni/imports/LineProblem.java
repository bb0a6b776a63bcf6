package jp.tomoni.imports;

import java.util.List;

/**
 * Why a line of the file was rejected: a message code (Japanese and English in the message bundles) whose first
 * argument is the column as the file names it.
 *
 * @param line the physical line number in the file (the first line is 1)
 * @param column the column's header text, or empty when the problem is the whole line's
 * @param code the message code, e.g. {@code groupImport.error.corporateNumber}
 * @param arguments the message arguments after the column
 */
public record LineProblem(long line, String column, String code, List<Object> arguments) {

	public LineProblem {
		arguments = List.copyOf(arguments);
	}

	public static LineProblem of(long line, String column, String code, Object... arguments) {
		return new LineProblem(line, column, code, List.of(arguments));
	}

	/** The arguments of the message: the column first. */
	public Object[] messageArguments() {
		Object[] all = new Object[arguments.size() + 1];
		all[0] = column;
		for (int i = 0; i < arguments.size(); i++) {
			all[i + 1] = arguments.get(i);
		}
		return all;
	}
}
