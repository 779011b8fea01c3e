-- One listing per shadowing form sent (shadowing.SubmitAction): a double click on Save sends the
-- same form twice, at once, and the second finds the first by the form's id rather than making an
-- identical listing. Listings saved from forms posted before this have none.

alter table shadowing_listing add column form_id varchar(36);
create unique index shadowing_listing_by_form on shadowing_listing (form_id);
