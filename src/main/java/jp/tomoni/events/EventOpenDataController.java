package jp.tomoni.events;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The events as open data (CC BY 4.0): CSV in UTF-8 with a BOM (Excel opens it as Japanese text) and JSON, in the
 * columns of the 自治体標準オープンデータセット イベント一覧 ({@link EventOpenData}).
 */
@RestController
@PreAuthorize("permitAll()")
class EventOpenDataController {

	private final EventOpenData openData;

	EventOpenDataController(EventOpenData openData) {
		this.openData = openData;
	}

	@GetMapping("/opendata/events.csv")
	void csv(HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("events.csv", StandardCharsets.UTF_8).build().toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		openData.writeCsv(writer);
		writer.flush();
	}

	@GetMapping(path = "/opendata/events.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<List<Map<String, String>>> json() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("events.json").build().toString())
			.body(openData.rows());
	}
}
