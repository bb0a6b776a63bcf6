package jp.tomoni.localissues;

import org.springframework.data.jpa.repository.JpaRepository;

/** Photos of issues, by the issue's id. */
interface IssuePhotoRepository extends JpaRepository<IssuePhoto, Long> {
}
