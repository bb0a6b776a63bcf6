package jp.tomoni.mail;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OutboxMailRepository extends ListCrudRepository<OutboxMail, Long> {

	Page<OutboxMail> findByMunicipalityCodeOrderByCreatedAtDescIdDesc(String municipalityCode, Pageable pageable);

	Page<OutboxMail> findByMunicipalityCodeAndRecipientContainingIgnoreCaseOrderByCreatedAtDescIdDesc(
			String municipalityCode, String recipient, Pageable pageable);

	List<OutboxMail> findByRecipientIgnoreCaseOrderByCreatedAtAsc(String recipient);

	@Modifying
	@Query("delete from OutboxMail m where lower(m.recipient) = lower(?1)")
	int deleteByRecipient(String recipient);
}
