package jp.tomoni.shared;

import java.util.List;
import java.util.Map;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A {@link MasterList} kept in a table of {@link MasterRow}s (event categories, kinds of place, consultation desks
 * and topics): add at the end, rename, reorder, retire and bring back; never delete, since records refer to the rows
 * by code. The module that owns the table says how rows are made, counted and audited.
 */
public abstract class MasterRows<E extends MasterRow> implements MasterList {

	private final ListCrudRepository<E, String> rows;

	protected MasterRows(ListCrudRepository<E, String> rows) {
		this.rows = rows;
	}

	/** Every row, in its order. */
	protected abstract List<E> inOrder();

	/** A new row. */
	protected abstract E create(String code, String name, String nameEn, int sortOrder);

	/** How many records have each row, by code. */
	protected abstract Map<String, Long> uses();

	/** Writes the change to the audit log: {@code what} is created, renamed, moved, retired or restored. */
	protected abstract void audited(String what, String code);

	@Override
	@Transactional(readOnly = true)
	public List<MasterEntry> entries() {
		Map<String, Long> uses = uses();
		return inOrder().stream()
			.map(e -> new MasterEntry(e.code(), e.name(), e.nameEn(), e.retired(), uses.getOrDefault(e.code(), 0L)))
			.toList();
	}

	@Override
	@Transactional
	public void add(String code, String name, String nameEn) {
		MasterList.checkNew(code, rows.existsById(code), name, nameEn);
		int last = inOrder().stream().mapToInt(MasterRow::sortOrder).max().orElse(0);
		rows.save(create(code, name.strip(), nameEn.strip(), last + 10));
		audited("created", code);
	}

	@Override
	@Transactional
	public void rename(String code, String name, String nameEn) {
		MasterList.checkNames(name, nameEn);
		row(code).rename(name.strip(), nameEn.strip());
		audited("renamed", code);
	}

	@Override
	@Transactional
	public void move(String code, boolean up) {
		List<E> ordered = inOrder();
		if (MasterList.swap(ordered, ordered.indexOf(row(code)), up, MasterRow::order)) {
			audited("moved", code);
		}
	}

	@Override
	@Transactional
	public void retire(String code, boolean retired) {
		E row = row(code);
		if (retired) {
			MasterList.checkRetire(row.retired(), inOrder().stream().filter(e -> !e.retired()).count());
		}
		row.retire(retired);
		audited(retired ? "retired" : "restored", code);
	}

	private E row(String code) {
		return rows.findById(code).orElseThrow(() -> new MasterList.EntryNotFound(code));
	}
}
