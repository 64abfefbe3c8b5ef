// Gen writes a synthetic corpus of Vietnamese political news, with its
// ground truth, for kg's speed and resolution tests: how fast kg ingests
// a whole archive, and how well it tells people apart. It does not
// measure extraction quality: its articles are a narrow, regular genre
// written from its own word lists, and what kg finds in them says
// nothing about how well it reads real news (-diagnose prints where kg
// and the generator disagree, as a debugging aid, never as a score).
//
// # Usage
//
//	go run ./samples/gen -n 10000 -o DIR [-seed 1] [-format txt|jsonl|html] [-provinces N] [-truth DIR2]
//	go run ./samples/gen -n 300 -diagnose [-examples 12]
//
// The same flags give the same bytes, on any machine and however many
// CPUs make them: article n depends only on the seed, the world and n.
//
// # The world
//
// The articles report on a simulated country built from the generator's
// own data files (data/*.txt, see data.go), not from kg's lexicon: the
// 63 provinces and cities of 2015 to mid-2025 (provinces.txt), each with
// a party committee (levels.txt), a people's committee (UBND), a council
// (HĐND), a front committee (MTTQ), departments (Sở, sectors.txt), a
// delegation to the National Assembly, police and military commands,
// party boards, and three districts with their own committees and
// communes (districts.txt); national bodies (Bộ Chính trị, Chính phủ,
// Quốc hội, ministries, central boards); ambassadors and the leaders of
// Lao provinces, named in their countries' ways (countries.txt,
// foreign.txt); reporters with pen names (pens.txt). People are named in the ways of six naming groups
// (families.txt, names.txt): Kinh names (common and rare family names,
// compound ones as Tôn Thất), Tày and Thái, Hmong, Khmer, Ê Đê (Y Biêr
// Niê, H'Nga Byă) and Jrai; about a third of the people of a province
// that lists minority groups are named in theirs. Every post has a
// holder from before 2015 to after mid-2025, one term after another;
// many are promoted up a ladder (a Giám đốc Sở becomes Phó Chủ tịch UBND
// tỉnh, a district chair its secretary), and articles name people as
// they were on the day: with their titles then, or as "nguyên" (former)
// holders once retired. Each province also has citizens who hold no
// post: elders, families of fallen soldiers, voters and defendants.
//
// Names are unique, except that about one official in fifty shares the
// exact name of another official of the same sex in another province,
// with no organization in common: homonyms a resolver must keep apart.
// The leaders of busy provinces are named in hundreds of articles, most
// officials in a few. The world has ceil(n/400) provinces (at least 3),
// the two largest cities first, so that people recur as often in a
// small corpus as in a large one; -provinces sets the number.
//
// # The articles
//
// Nine kinds of report, each in several forms: congresses (of a
// province, a district, a department's party organization; 6 headlines,
// 4 leads, elections and re-elections: "tái cử"), conferences (year and
// mid-year reviews, party plenums, investment promotion, appointments
// with "được bổ nhiệm giữ chức T ..., thay ông A nghỉ hưu", dialogues
// with business, school years), council sessions (elections of vice
// chairs, voters' requests), ceremonies (the Party's anniversary, a
// district's, a sector's day, openings and groundbreaking, orders
// received), receptions (of ambassadors, Lao delegations and other
// provinces' delegations: "tiếp và làm việc với đoàn công tác tỉnh X do
// đồng chí A, T làm trưởng đoàn"), working visits (national leaders,
// district visits, inspections), seminars, visits with gifts to families
// and elders ("thăm, tặng quà"), and trials (defendants named with their
// birth year and residence). Around them: date lines in five forms,
// bylines, share widgets, section labels, the outlet before the lead
// ("(Chinhphu.vn) - "), captions (a line indented by a space) and
// credits ("Theo Báo X", "PV", "Tin, ảnh: X"). Officials are written in
// the genre's six attendance forms, with title chains before or after
// the name, plural titles over lists ("các Phó Chủ tịch UBND tỉnh: A,
// B", "hai Phó Chủ tịch UBND tỉnh là các ông A và B"), dashes, ranks and
// degrees, speeches and short references ("ông Hùng"); citizens with
// their form of address (cụ, bị cáo, cử tri, ông, bà) and no title;
// reporters named when they ask an official a question. One article in
// ten writes roles in lower case (phó chủ tịch UBND tỉnh), as some
// outlets do.
// Some articles abbreviate (spellings.txt: UBND, HĐND, TP, TAND, T.Ư;
// sectors.txt: GD&ĐT), one in eight places tone marks the old way (Uỷ
// ban, hoà), one in a hundred is in decomposed Unicode. An article is
// about 2 KB.
//
// # Output
//
//	-format txt    DIR/0000/000001.txt ... DIR/0000/001000.txt, DIR/0001/001001.txt ...
//	-format html   DIR/0000/000001.html ... (pages with menus, scripts, share buttons)
//	-format jsonl  DIR/corpus.jsonl, a line per article: {"url","title","published","author","text"}
//
// and, in the -truth folder (DIR-truth beside DIR unless given, so that
// "kg ingest DIR" reads the articles only):
//
//	truth.jsonl    a line per person of the world, in ID order:
//	               {"id","name","kind","gender","province",
//	                "positions":[{"title","role","org","from","until"}],
//	                "articles":[the paths above, or the URLs for jsonl],
//	                "standing","born","residence"}
//	homonyms.json  the names several people share, with their IDs
//
// kind is official, foreign, reporter or citizen; province is "" for
// national officials and foreigners; until is "" for a post still held in
// mid-2025. Citizens hold no position; standing says what reports call
// them (elder, kin of a fallen soldier, voter, defendant), residence
// where they live.
//
// kg reads every .jsonl and .json file of a folder it ingests, and the
// ground truth is no article (each of its lines would be reported as a
// failure): that is why it is written beside DIR, not in it. A -truth
// inside DIR is refused.
//
// # Timing kg on a corpus
//
//	go build -o bin/ ./cmd/kg
//	go run ./samples/gen -n 1000 -o /tmp/c1k                    # 2 MB
//	go run ./samples/gen -n 10000 -o /tmp/c10k                  # 20 MB
//	go run ./samples/gen -n 100000 -o /tmp/c100k -format jsonl  # 200 MB
//	/usr/bin/time -v bin/kg ingest --store /tmp/c1k.db -q /tmp/c1k
//	/usr/bin/time -v bin/kg ingest --store /tmp/c10k.db -q /tmp/c10k
//	/usr/bin/time -v bin/kg ingest --store /tmp/c100k.db -q /tmp/c100k/corpus.jsonl
//
// Writing 100,000 small files costs more than making them on most file
// systems; the jsonl format measures the generator, and kg's reading of
// one large file.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sync"
	"time"
)

// options are the flags.
type options struct {
	n         int
	out       string
	truth     string
	seed      uint64
	format    Format
	provinces int
	diagnose  bool
	examples  int
}

func main() {
	// The generator allocates many small strings and keeps little: the
	// collector need not run as often as it would by default.
	debug.SetGCPercent(400)
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gen: "+err.Error())
		os.Exit(2)
	}
}

// run parses the flags and writes the corpus, or the diagnostic.
func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	var format string
	fs.IntVar(&o.n, "n", 1000, "number of articles")
	fs.StringVar(&o.out, "o", "", "output folder (required)")
	fs.StringVar(&o.truth, "truth", "", "folder of truth.jsonl and homonyms.json, outside the output folder (default: the output folder's name with -truth, beside it)")
	fs.Uint64Var(&o.seed, "seed", 1, "random seed: the same seed and flags give the same bytes")
	fs.StringVar(&format, "format", "txt", "output format: txt, jsonl or html")
	fs.IntVar(&o.provinces, "provinces", 0, "provinces in the world (default: one per 400 articles, at least 3)")
	fs.BoolVar(&o.diagnose, "diagnose", false, "write nothing; print where kg's extractor disagrees with the generator on the -n articles (a debugging aid, NOT a quality measure)")
	fs.IntVar(&o.examples, "examples", 12, "with -diagnose, examples shown per kind of disagreement")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if o.n < 1 {
		return fmt.Errorf("-n %d: want at least one article", o.n)
	}
	if o.diagnose {
		prov := o.provinces
		if prov == 0 {
			prov = provincesFor(o.n)
		}
		w, err := NewWorld(Data(), o.seed, prov)
		if err != nil {
			return fmt.Errorf("build the world: %w", err)
		}
		return diagnose(w, o.seed, o.n, o.examples, stdout)
	}
	if o.out == "" {
		return fmt.Errorf("no output folder: give -o DIR")
	}
	f, err := parseFormat(format)
	if err != nil {
		return err
	}
	o.format = f
	if o.truth, err = truthDir(o.out, o.truth); err != nil {
		return err
	}
	start := time.Now()
	st, err := generate(o)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "gen: %d articles (%.1f MB), %d people, %d shared names, in %.2fs; ground truth in %s\n",
		o.n, float64(st.bytes)/1e6, st.people, st.homonyms, time.Since(start).Seconds(), o.truth)
	return nil
}

// truthDir is the folder of the ground truth: truth if given, else
// OUT-truth beside the output folder out. It may not be inside out,
// where kg would read it as articles.
func truthDir(out, truth string) (string, error) {
	absOut, err := filepath.Abs(out)
	if err != nil {
		return "", err
	}
	if truth == "" {
		if filepath.Dir(absOut) == absOut {
			return "", fmt.Errorf("-o %s: give -truth, a folder outside it", out)
		}
		return absOut + "-truth", nil
	}
	absTruth, err := filepath.Abs(truth)
	if err != nil {
		return "", err
	}
	if rel, err := filepath.Rel(absOut, absTruth); err == nil && (rel == "." || filepath.IsLocal(rel)) {
		return "", fmt.Errorf("-truth %s is inside the output folder %s, where kg would read the truth files as articles: choose a folder outside it", truth, out)
	}
	return truth, nil
}

// provincesFor is the size of the world for n articles.
func provincesFor(n int) int { return max(3, (n+399)/400) }

// batchSize is how many articles are made at a time: a folder's worth.
const batchSize = 1000

// batch is a run of articles, rendered.
type batch struct {
	arts []*Article
	data [][]byte // each article's bytes (for jsonl, its line)
	err  error
}

// makeBatch makes articles first to last, on all CPUs, and writes them
// to their files unless the format is jsonl.
func makeBatch(w *World, o options, first, last int) batch {
	bt := batch{arts: make([]*Article, last-first+1), data: make([][]byte, last-first+1)}
	if o.format != FormatJSONL {
		dir := filepath.Join(o.out, filepath.Dir(Path(first, o.format)))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			bt.err = err
			return bt
		}
	}
	workers := runtime.GOMAXPROCS(0)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for k := range workers {
		wg.Go(func() {
			for i := k; i < len(bt.arts); i += workers {
				a := w.Article(o.seed, first+i)
				bt.arts[i] = a
				switch o.format {
				case FormatJSONL:
					bt.data[i] = append(a.JSON(), '\n')
					continue
				case FormatHTML:
					bt.data[i] = a.HTML()
				default:
					bt.data[i] = a.Text()
				}
				if err := os.WriteFile(filepath.Join(o.out, Path(a.N, o.format)), bt.data[i], 0o644); err != nil {
					errs[k] = err
					return
				}
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			bt.err = err
			break
		}
	}
	return bt
}

type stats struct {
	bytes    int64
	people   int
	homonyms int
}

// generate writes the corpus and its ground truth.
func generate(o options) (stats, error) {
	var st stats
	prov := o.provinces
	if prov == 0 {
		prov = provincesFor(o.n)
	}
	w, err := NewWorld(Data(), o.seed, prov)
	if err != nil {
		return st, fmt.Errorf("build the world: %w", err)
	}
	for _, d := range []string{o.out, o.truth} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return st, err
		}
	}
	var jsonl *os.File
	if o.format == FormatJSONL {
		jsonl, err = os.Create(filepath.Join(o.out, "corpus.jsonl"))
		if err != nil {
			return st, err
		}
		defer jsonl.Close()
	}
	refs := make([][]string, len(w.People))
	// Batches are made in parallel, a few ahead, and written in order.
	pending := make(chan chan batch, 2)
	stop := make(chan struct{})
	go func() {
		defer close(pending)
		for first := 1; first <= o.n; first += batchSize {
			ch := make(chan batch, 1)
			select {
			case pending <- ch:
			case <-stop:
				return
			}
			go func() { ch <- makeBatch(w, o, first, min(o.n, first+batchSize-1)) }()
		}
	}()
	var firstErr error
	for ch := range pending {
		bt := <-ch
		if firstErr != nil {
			continue // drain what was started
		}
		if bt.err != nil {
			firstErr = bt.err
			close(stop)
			continue
		}
		for i, a := range bt.arts {
			st.bytes += int64(len(bt.data[i]))
			if jsonl != nil {
				if _, err := jsonl.Write(bt.data[i]); err != nil {
					firstErr = fmt.Errorf("write corpus.jsonl: %w", err)
					close(stop)
					break
				}
			}
			ref := Path(a.N, o.format)
			if o.format == FormatJSONL {
				ref = a.URL()
			}
			for _, m := range a.Mentions {
				refs[m.Person.Index] = append(refs[m.Person.Index], ref)
			}
			for _, r := range a.Reporters {
				if n := len(refs[r.Index]); n == 0 || refs[r.Index][n-1] != ref {
					refs[r.Index] = append(refs[r.Index], ref)
				}
			}
		}
	}
	if firstErr != nil {
		return st, firstErr
	}
	if jsonl != nil {
		if err := jsonl.Close(); err != nil {
			return st, err
		}
	}
	tf, err := os.Create(filepath.Join(o.truth, "truth.jsonl"))
	if err != nil {
		return st, err
	}
	if err := w.writeTruth(tf, refs); err != nil {
		tf.Close()
		return st, fmt.Errorf("write truth.jsonl: %w", err)
	}
	if err := tf.Close(); err != nil {
		return st, err
	}
	hs := w.homonymList()
	hb, err := marshalIndent(hs)
	if err != nil {
		return st, err
	}
	if err := os.WriteFile(filepath.Join(o.truth, "homonyms.json"), hb, 0o644); err != nil {
		return st, err
	}
	st.people, st.homonyms = len(w.People), len(hs)
	return st, nil
}
