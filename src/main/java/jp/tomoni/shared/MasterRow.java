package jp.tomoni.shared;

/** A row of a master-data table kept on the administrators' master-list page ({@link MasterRows}). */
public interface MasterRow {

	String code();

	String name();

	String nameEn();

	int sortOrder();

	boolean retired();

	void rename(String name, String nameEn);

	void retire(boolean retired);

	void order(int sortOrder);
}
