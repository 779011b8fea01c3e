-- A shadowing proposal card (posted_card, subject 'shadowing-match:<id>:offer' or ':request') is
-- kept only while its match can still change, so that it can be shown settled: proposed or agreed.
-- Since this version a decline, a withdrawal, forget me and retention forget the cards they settle;
-- the cards of matches settled before it are forgotten here.
delete from posted_card
where subject like 'shadowing-match:%'
  and not exists (
    select 1 from shadowing_match m
    where m.state in ('PROPOSED', 'AGREED')
      and (posted_card.subject = concat('shadowing-match:', m.id, ':offer')
           or posted_card.subject = concat('shadowing-match:', m.id, ':request')));
