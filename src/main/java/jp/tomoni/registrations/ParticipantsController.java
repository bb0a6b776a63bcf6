package jp.tomoni.registrations;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jp.tomoni.shared.SignedInPerson;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The participant list of an event, per date, and its CSV download: personal data, for the organiser group's
 * administrators and staff only (others get a 404 from the facade), audited, never on a public page or in the API.
 */
@Controller
@PreAuthorize("hasAnyRole('GROUP_ADMIN', 'COORDINATOR', 'CITY_STAFF', 'ADMIN')")
class ParticipantsController {

	/** The columns of the CSV download, in order (README, "Registering for events"). */
	static final List<String> COLUMNS = List.of("開催日", "開始時刻", "終了時刻", "状態", "キャンセル待ち順", "氏名", "フリガナ",
			"メールアドレス", "人数", "連絡事項・配慮が必要なこと", "申込日時");

	private static final DateTimeFormatter REGISTERED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Tokyo"));

	private final EventRegistrations registrations;

	ParticipantsController(EventRegistrations registrations) {
		this.registrations = registrations;
	}

	@GetMapping("/account/events/{eventId}/participants")
	String page(@AuthenticationPrincipal SignedInPerson person, @PathVariable long eventId, Model model) {
		model.addAttribute("list", registrations.participants(CurrentPerson.actor(person), eventId));
		return "registrations/participants";
	}

	@GetMapping("/account/events/{eventId}/participants.csv")
	void csv(@AuthenticationPrincipal SignedInPerson person, @PathVariable long eventId, HttpServletResponse response)
			throws IOException {
		ParticipantList list = registrations.exportParticipants(CurrentPerson.actor(person), eventId);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("participants-" + eventId + ".csv", StandardCharsets.UTF_8)
			.build()
			.toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		try (CSVPrinter printer = CSVFormat.EXCEL.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(writer)) {
			for (ParticipantList.DateParticipants date : list.dates()) {
				for (Participant p : date.registered()) {
					print(printer, date, p, "申込み");
				}
				for (Participant p : date.waiting()) {
					print(printer, date, p, "キャンセル待ち");
				}
			}
		}
	}

	private static void print(CSVPrinter printer, ParticipantList.DateParticipants date, Participant p, String status)
			throws IOException {
		printer.printRecord(date.date(), date.startTime(), date.endTime(), status, p.waitingPosition(), p.name(),
				p.nameKana(), p.email(), p.people(), p.note(), REGISTERED_AT.format(p.registeredAt()));
	}
}
