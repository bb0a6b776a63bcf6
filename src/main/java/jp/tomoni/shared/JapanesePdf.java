package jp.tomoni.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A small writer of A4 documents in Japanese (certificates, agreements): a title, lines of text wrapped to the page,
 * tables of rows, and page breaks where the page is full. The font is IPAex Gothic from the classpath
 * ({@code fonts/ipaexg.ttf}, IPA Font License, see {@code fonts/IPA_Font_License_Agreement_v1.0.txt}), embedded as a
 * subset so that any PDF reader shows the text and a document stays small.
 *
 * <pre>
 * byte[] pdf = JapanesePdf.write("参加証明書", doc -&gt; doc.title("参加証明書").line("山田 太郎 様"));
 * </pre>
 */
public final class JapanesePdf implements AutoCloseable {

	/** Writes the content of a document. */
	@FunctionalInterface
	public interface Content {

		void write(JapanesePdf document) throws IOException;
	}

	private static final String FONT = "/fonts/ipaexg.ttf";

	private static final float MARGIN = 56;

	private static final float BODY_SIZE = 11;

	private static final float TITLE_SIZE = 20;

	private static final float LEADING = 1.6f;

	private static volatile byte[] fontBytes;

	private final PDDocument document;

	private final PDType0Font font;

	private PDPageContentStream stream;

	private float y;

	private JapanesePdf(String title) throws IOException {
		this.document = new PDDocument();
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(title);
		info.setCreator("Tomoni");
		this.font = PDType0Font.load(document, new ByteArrayInputStream(font()), true);
		newPage();
	}

	/** The bytes of a PDF with the given document title (its metadata) and content. */
	public static byte[] write(String title, Content content) {
		try (JapanesePdf pdf = new JapanesePdf(title)) {
			content.write(pdf);
			return pdf.toBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A large centred heading. */
	public JapanesePdf title(String text) throws IOException {
		space(TITLE_SIZE * 2);
		float width = width(text, TITLE_SIZE);
		show(text, (PDRectangle.A4.getWidth() - width) / 2, TITLE_SIZE);
		y -= TITLE_SIZE * 1.5f;
		return this;
	}

	/** A paragraph, wrapped to the width of the page. */
	public JapanesePdf line(String text) throws IOException {
		for (String part : wrap(text, PDRectangle.A4.getWidth() - 2 * MARGIN, BODY_SIZE)) {
			space(BODY_SIZE * LEADING);
			show(part, MARGIN, BODY_SIZE);
		}
		return this;
	}

	/** Empty space of one line. */
	public JapanesePdf gap() throws IOException {
		space(BODY_SIZE * LEADING);
		return this;
	}

	/**
	 * A table: the header row, then the rows, each cell wrapped to its column's width (fractions of the text width,
	 * which add up to 1). The header is repeated on a new page.
	 */
	public JapanesePdf table(float[] columns, List<String> header, List<List<String>> rows) throws IOException {
		float textWidth = PDRectangle.A4.getWidth() - 2 * MARGIN;
		row(columns, header, textWidth, true);
		for (List<String> row : rows) {
			if (y - BODY_SIZE * LEADING < MARGIN) {
				newPage();
				row(columns, header, textWidth, true);
			}
			row(columns, row, textWidth, false);
		}
		return this;
	}

	/** Starts a new page. */
	public JapanesePdf pageBreak() throws IOException {
		newPage();
		return this;
	}

	int pages() {
		return document.getNumberOfPages();
	}

	/** One row; a cell longer than its column wraps onto more lines, and the row grows with it. */
	private void row(float[] columns, List<String> cells, float textWidth, boolean header) throws IOException {
		List<List<String>> parts = new ArrayList<>();
		int lines = 1;
		for (int i = 0; i < columns.length && i < cells.size(); i++) {
			List<String> wrapped = wrap(cells.get(i), columns[i] * textWidth - 4, BODY_SIZE);
			parts.add(wrapped);
			lines = Math.max(lines, wrapped.size());
		}
		for (int line = 0; line < lines; line++) {
			space(BODY_SIZE * LEADING);
			float x = MARGIN;
			for (int i = 0; i < parts.size(); i++) {
				List<String> cell = parts.get(i);
				show(line < cell.size() ? cell.get(line) : "", x, BODY_SIZE);
				x += columns[i] * textWidth;
			}
		}
		if (header) {
			stream.setLineWidth(0.5f);
			stream.moveTo(MARGIN, y - 4);
			stream.lineTo(MARGIN + textWidth, y - 4);
			stream.stroke();
		}
	}

	private void show(String text, float x, float size) throws IOException {
		if (text.isEmpty()) {
			return;
		}
		stream.beginText();
		stream.setFont(font, size);
		stream.newLineAtOffset(x, y);
		stream.showText(text);
		stream.endText();
	}

	/** Moves down by the height, on a new page when it would leave the page. */
	private void space(float height) throws IOException {
		if (y - height < MARGIN) {
			newPage();
		}
		y -= height;
	}

	private void newPage() throws IOException {
		if (stream != null) {
			stream.close();
		}
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		stream = new PDPageContentStream(document, page);
		y = PDRectangle.A4.getHeight() - MARGIN;
	}

	/** Breaks between characters (Japanese has no spaces), and at line breaks. */
	private List<String> wrap(String text, float width, float size) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\\R", -1)) {
			StringBuilder current = new StringBuilder();
			int i = 0;
			while (i < paragraph.length()) {
				int next = paragraph.offsetByCodePoints(i, 1);
				String candidate = current + paragraph.substring(i, next);
				if (current.length() > 0 && width(candidate, size) > width) {
					lines.add(current.toString());
					current.setLength(0);
				}
				current.append(paragraph, i, next);
				i = next;
			}
			lines.add(current.toString());
		}
		return lines;
	}

	private float width(String text, float size) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}

	private byte[] toBytes() throws IOException {
		stream.close();
		stream = null;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

	@Override
	public void close() throws IOException {
		if (stream != null) {
			stream.close();
		}
		document.close();
	}

	private static byte[] font() throws IOException {
		byte[] bytes = fontBytes;
		if (bytes == null) {
			try (InputStream in = JapanesePdf.class.getResourceAsStream(FONT)) {
				if (in == null) {
					throw new IOException("the Japanese font is missing from the classpath: " + FONT);
				}
				bytes = in.readAllBytes();
			}
			fontBytes = bytes;
		}
		return bytes;
	}
}
