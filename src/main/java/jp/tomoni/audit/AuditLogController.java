package jp.tomoni.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators search the audit log. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditLogController {

	private final AuditLog auditLog;

	AuditLogController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping("/admin/audit")
	String search(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String recordType,
			@RequestParam(required = false) @Nullable String recordId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditQuery query = new AuditQuery(actor, action, recordType, recordId, from, to);
		model.addAttribute("query", query);
		model.addAttribute("entries", auditLog.search(query, page, 50));
		return "audit/log";
	}
}
