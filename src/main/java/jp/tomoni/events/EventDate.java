package jp.tomoni.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * One date of an event (開催日), the unit of the list, the calendar, the feeds and the search: one search document
 * per date, embedding its event's fields under {@code event.} (docs/decisions/0031). The index name carries a
 * version: change it with the mapping and the index is rebuilt at the next start.
 */
@Entity(name = "CivicEventDate")
@Indexed(index = "event-date-v1")
@Table(name = "civic_event_date")
class EventDate {

	/** From a sequence, 50 ids at a time (decision 0047). */
	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "civic_event_date_seq")
	@SequenceGenerator(name = "civic_event_date_seq", sequenceName = "civic_event_date_seq", allocationSize = 50)
	private Long id;

	@IndexedEmbedded
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "event_id", nullable = false)
	private Event event;

	@GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
	@Column(name = "start_date", nullable = false)
	private LocalDate date;

	@GenericField(projectable = Projectable.YES)
	@Column(name = "end_date")
	private LocalDate endDate;

	@GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
	@Column(name = "start_time")
	private LocalTime startTime;

	@GenericField(projectable = Projectable.YES)
	@Column(name = "end_time")
	private LocalTime endTime;

	@GenericField(projectable = Projectable.YES)
	@Column(nullable = false)
	private boolean cancelled;

	@Column(name = "cancel_reason", length = 1000)
	private String cancelReason;

	/** The last day the date covers, for the range filters: a multi-day date overlapping the range counts. */
	@GenericField(name = "lastDay")
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "date")),
			@ObjectPath(@PropertyValue(propertyName = "endDate")) })
	LocalDate getLastDay() {
		return lastDay();
	}

	protected EventDate() {
	}

	EventDate(Event event, EventDateCommand command) {
		this.event = event;
		apply(command);
	}

	void apply(EventDateCommand command) {
		date = command.date();
		endDate = command.endDate() == null || command.endDate().equals(command.date()) ? null : command.endDate();
		startTime = command.startTime();
		endTime = command.endTime();
	}

	boolean sameStart(EventDateCommand command) {
		return date.equals(command.date()) && Objects.equals(startTime, command.startTime());
	}

	void cancel(String reason) {
		if (cancelled) {
			throw new EventRuleViolation("dateId", "event.date.alreadyCancelled");
		}
		cancelled = true;
		cancelReason = reason;
	}

	/** The last day the occurrence covers. */
	LocalDate lastDay() {
		return endDate == null ? date : endDate;
	}

	EventDateCommand toCommand() {
		return new EventDateCommand(date, endDate, startTime, endTime);
	}

	EventDateView toView() {
		return new EventDateView(id, date, endDate, startTime, endTime, cancelled, cancelReason);
	}

	Long id() {
		return id;
	}

	Event event() {
		return event;
	}

	LocalDate date() {
		return date;
	}

	LocalDate endDate() {
		return endDate;
	}

	LocalTime startTime() {
		return startTime;
	}

	LocalTime endTime() {
		return endTime;
	}

	boolean cancelled() {
		return cancelled;
	}
}
