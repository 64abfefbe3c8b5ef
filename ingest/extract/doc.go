// Package extract turns one article into facts: the people it names, the
// positions they hold, the organizations those positions belong to, the
// events they attended, organized, presided over or spoke at, and the
// article's author and publisher, each fact traced to its sentence and to
// the rule that found it.
//
// # Stages
//
// The extractor is a pipeline of small stages with typed values between
// them:
//
//  1. layout: the article's lines are classified (headline, date line,
//     byline, share widgets, credits, captions, body) and the body is cut
//     into sentences;
//  2. words: each sentence is tokenized (package token) and its
//     abbreviations expanded (UBND → Ủy ban nhân dân), so the grammar reads
//     one word stream whatever the spelling;
//  3. mentions: recognizers driven by the lexicons (package lexicon) find
//     places, organizations, titles, names, events, dates, terms and cues;
//  4. clauses: titles are attached to the names they describe (title
//     before a name, after it with a comma or a dash, one plural title
//     over a list), cues say who attended, presided, spoke, was elected or
//     received guests;
//  5. discourse: mentions across the article are resolved (a bare "UBND
//     tỉnh" is the one of the article's province, "ông Chung" is Nguyễn
//     Đức Chung, "tân Bí thư Tỉnh ủy" is the person just elected to it, a
//     bare "Đại hội" is the congress the article reports);
//  6. output: entities with stable IDs and facts with provenance.
//
// Every rule is a rule of Vietnamese or of the genre (reports of
// congresses, conferences, sessions, ceremonies and receptions), never of
// one article; each has a test on text written for it.
package extract
