// Package graphstore publishes an RDF dataset (package kg/export/rdf) to
// a SPARQL 1.1 store with the Graph Store HTTP Protocol: one HTTP PUT per
// named graph, the entities graph and one graph per article.
//
// # Publishing again
//
// Each graph sent carries one more statement about itself,
// <graph> kg:contentHash "SHA-256", the hash of its other statements in
// N-Triples. Before sending, Publish asks the store (SPARQL SELECT over
// the query endpoint) for the hashes of the graphs it holds, sends only
// the graphs whose hash differs or that are missing, and deletes the
// graphs kg published before (a kg:contentHash in a graph named urn:kg:…)
// that the dataset no longer has. Nothing else on the store is touched.
//
// The hash travels inside the graph it describes, so one PUT replaces the
// graph and its hash together: a publication stopped half-way (a store
// going away, a refusal) leaves each graph as it was or as it is now, as
// far as the store applies a PUT as one transaction, and the next
// publication sends what is still different.
//
// # Credentials
//
// Client.User and Client.Password are answered to HTTP Digest (as
// Virtuoso's /sparql-graph-crud-auth asks) or Basic challenges; they are
// sent only when the store asks.
package graphstore

import (
	"bytes"
	"context"
	"crypto/md5"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"

	"kg/export/rdf"
)

// ErrRefused is wrapped by the errors of requests the store refused: an
// HTTP status of 400 or more (wrong credentials, no permission, a bad
// request).
var ErrRefused = errors.New("refused by the store")

// Client talks to one SPARQL store.
type Client struct {
	// Query is the SPARQL query endpoint ("http://host:8890/sparql").
	Query string
	// GraphStore is the Graph Store Protocol endpoint
	// ("http://host:8890/sparql-graph-crud-auth"); graphs are named by
	// its ?graph= parameter.
	GraphStore string
	// User and Password answer the store's authentication challenges.
	User, Password string
	// HTTP sends the requests; nil uses http.DefaultClient.
	HTTP *http.Client

	mu     sync.Mutex
	digest *challenge // the last Digest challenge, reused with a new count
	nc     int
}

// Result says what Publish did, each list sorted.
type Result struct {
	Put       []string // graphs sent: new or changed
	Unchanged []string // graphs the store already held as they are
	Deleted   []string // graphs kg had published and the dataset no longer has
}

// Graphs hands graphs to yield one at a time, and stops at yield's first
// error: rdf.Each over a knowledge graph, or a Dataset's Each.
type Graphs func(yield func(rdf.NamedGraph) error) error

// Publish sends the graphs that differ from the store's, one at a time,
// and deletes the graphs kg published that graphs no longer has.
func (c *Client) Publish(ctx context.Context, graphs Graphs) (*Result, error) {
	held, err := c.Hashes(ctx)
	if err != nil {
		return nil, err
	}
	res := &Result{}
	names := map[string]bool{}
	err = graphs(func(g rdf.NamedGraph) error {
		names[g.Name] = true
		body, hash, err := Body(g)
		if err != nil {
			return fmt.Errorf("graph %s: %w", g.Name, err)
		}
		if held[g.Name] == hash {
			res.Unchanged = append(res.Unchanged, g.Name)
			return nil
		}
		if err := c.do(ctx, http.MethodPut, c.graphURL(g.Name), "text/turtle; charset=utf-8", body, nil); err != nil {
			return fmt.Errorf("put graph %s: %w", g.Name, err)
		}
		res.Put = append(res.Put, g.Name)
		return nil
	})
	if err != nil {
		return res, err
	}
	var stale []string
	for name := range held {
		if !names[name] && strings.HasPrefix(name, rdf.EntityPrefix) {
			stale = append(stale, name)
		}
	}
	slices.Sort(stale)
	for _, name := range stale {
		if err := c.do(ctx, http.MethodDelete, c.graphURL(name), "", nil, nil); err != nil {
			return res, fmt.Errorf("delete graph %s: %w", name, err)
		}
		res.Deleted = append(res.Deleted, name)
	}
	slices.Sort(res.Put)
	slices.Sort(res.Unchanged)
	return res, nil
}

// Body returns the N-Triples that Publish sends for a graph, with its
// kg:contentHash statement, and the hash.
func Body(g rdf.NamedGraph) ([]byte, string, error) {
	var buf bytes.Buffer
	if err := rdf.WriteNTriples(&buf, g.Triples); err != nil {
		return nil, "", err
	}
	sum := sha256.Sum256(buf.Bytes())
	hash := hex.EncodeToString(sum[:])
	err := rdf.WriteNTriples(&buf, []rdf.Triple{{
		Subject: rdf.IRI(g.Name), Predicate: rdf.IRI(rdf.PropContentHash), Object: rdf.String(hash)}})
	return buf.Bytes(), hash, err
}

func (c *Client) graphURL(name string) string {
	sep := "?"
	if strings.Contains(c.GraphStore, "?") {
		sep = "&"
	}
	return c.GraphStore + sep + "graph=" + url.QueryEscape(name)
}

// pageSize is the number of rows asked per SPARQL query: under the row
// limits stores put on one answer (Virtuoso's ResultSetMaxRows).
const pageSize = 1000

// Hashes returns the kg:contentHash of every graph of the store that has
// one, by graph name.
func (c *Client) Hashes(ctx context.Context) (map[string]string, error) {
	out := map[string]string{}
	for offset := 0; ; offset += pageSize {
		q := fmt.Sprintf("SELECT ?g ?h WHERE { GRAPH ?g { ?g <%s> ?h } } ORDER BY ?g ?h LIMIT %d OFFSET %d",
			rdf.PropContentHash, pageSize, offset)
		rows, err := c.Select(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("ask the graphs published: %w", err)
		}
		for _, r := range rows {
			out[r["g"]] = r["h"]
		}
		if len(rows) < pageSize {
			return out, nil
		}
	}
}

// Select runs a SPARQL SELECT query and returns its rows, each variable's
// value as a string (the IRI, or the literal's lexical form).
func (c *Client) Select(ctx context.Context, query string) ([]map[string]string, error) {
	u := c.Query
	sep := "?"
	if strings.Contains(u, "?") {
		sep = "&"
	}
	var answer struct {
		Results struct {
			Bindings []map[string]struct {
				Value string `json:"value"`
			} `json:"bindings"`
		} `json:"results"`
	}
	err := c.do(ctx, http.MethodGet, u+sep+"query="+url.QueryEscape(query), "", nil, func(r io.Reader) error {
		return json.NewDecoder(r).Decode(&answer)
	})
	if err != nil {
		return nil, err
	}
	rows := make([]map[string]string, 0, len(answer.Results.Bindings))
	for _, b := range answer.Results.Bindings {
		row := map[string]string{}
		for k, v := range b {
			row[k] = v.Value
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// do sends a request, answering an authentication challenge once, and
// hands a successful answer's body to read.
func (c *Client) do(ctx context.Context, method, u, contentType string, body []byte, read func(io.Reader) error) error {
	client := c.HTTP
	if client == nil {
		client = http.DefaultClient
	}
	if len(body) > 0 && c.User != "" && !c.hasChallenge() {
		// learn the store's challenge, and whether it takes these
		// credentials, before the body is sent
		if refusal := c.refusal(ctx, client, u); refusal != nil {
			return refusal
		}
	}
	for attempt := 0; ; attempt++ {
		req, err := http.NewRequestWithContext(ctx, method, u, bytes.NewReader(body))
		if err != nil {
			return err
		}
		if contentType != "" {
			req.Header.Set("Content-Type", contentType)
		}
		if len(body) > 0 {
			// a store that refuses (401 before the challenge is answered,
			// a wrong password) says so before the graph is sent: without
			// this it may close the connection while the body is being
			// written, and the refusal is lost in a broken pipe
			req.Header.Set("Expect", "100-continue")
		}
		if read != nil {
			req.Header.Set("Accept", "application/sparql-results+json")
		}
		c.authorize(req)
		resp, err := client.Do(req)
		if err != nil {
			if len(body) > 0 {
				// a store that refuses may close the connection while the
				// body is still being written, even after 100-continue;
				// ask again without a body to learn why
				if refusal := c.refusal(ctx, client, u); refusal != nil {
					return refusal
				}
				if attempt == 0 {
					// the store takes these credentials: what was lost
					// was its challenge, now answered; a PUT may be sent
					// again
					continue
				}
			}
			return err
		}
		if resp.StatusCode == http.StatusUnauthorized && attempt == 0 && c.User != "" &&
			c.challenged(resp.Header.Values("WWW-Authenticate")) {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			continue
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 300 {
			return refused(method, u, resp)
		}
		if read == nil {
			_, err = io.Copy(io.Discard, resp.Body)
			return err
		}
		if err := read(resp.Body); err != nil {
			return fmt.Errorf("%s %s: read the answer: %w", method, redact(u), err)
		}
		return nil
	}
}

// refused is the error for a store's answer of 300 or more.
func refused(method, u string, resp *http.Response) error {
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 300))
	text := strings.Join(strings.Fields(string(msg)), " ")
	hint := ""
	if denied(resp.StatusCode) {
		hint = " (check KG_SPARQL_USER and KG_SPARQL_PASSWORD, and the user's right to update)"
	}
	return fmt.Errorf("%s %s: %w: %s%s: %.200s", method, redact(u), ErrRefused, resp.Status, hint, text)
}

func denied(status int) bool {
	return status == http.StatusUnauthorized || status == http.StatusForbidden
}

// refusal asks u with HEAD, answering a challenge once, whether the store
// refuses these credentials; it returns the refusal, or nil when the store
// does not refuse them or cannot be asked.
func (c *Client) refusal(ctx context.Context, client *http.Client, u string) error {
	for attempt := 0; attempt < 2; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodHead, u, nil)
		if err != nil {
			return nil
		}
		c.authorize(req)
		resp, err := client.Do(req)
		if err != nil {
			return nil
		}
		switch {
		case !denied(resp.StatusCode):
			err = nil
		case attempt == 0 && resp.StatusCode == http.StatusUnauthorized && c.User != "" &&
			c.challenged(resp.Header.Values("WWW-Authenticate")):
			resp.Body.Close()
			continue
		default:
			err = refused(http.MethodHead, u, resp)
		}
		resp.Body.Close()
		return err
	}
	return nil
}

// redact shortens a request URL for messages: the endpoint, without the
// query, which may be long.
func redact(u string) string {
	base, _, _ := strings.Cut(u, "?query=")
	return base
}

// challenge is an HTTP Digest challenge (RFC 7616), MD5 with qop=auth.
type challenge struct {
	realm, nonce, opaque, qop, algorithm string
}

// challenged reads the store's challenges; it reports whether one can be
// answered.
func (c *Client) challenged(headers []string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, h := range headers {
		scheme, params, _ := strings.Cut(h, " ")
		switch strings.ToLower(scheme) {
		case "digest":
			p := parseParams(params)
			if a := strings.ToUpper(p["algorithm"]); a != "" && a != "MD5" {
				continue
			}
			c.digest = &challenge{realm: p["realm"], nonce: p["nonce"], opaque: p["opaque"],
				qop: p["qop"], algorithm: p["algorithm"]}
			c.nc = 0
			return true
		case "basic":
			c.digest = &challenge{} // basic: no nonce
			return true
		}
	}
	return false
}

func (c *Client) hasChallenge() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.digest != nil
}

// authorize adds the answer to the last challenge, if any.
func (c *Client) authorize(req *http.Request) {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := c.digest
	switch {
	case ch == nil || c.User == "":
		return
	case ch.nonce == "":
		req.SetBasicAuth(c.User, c.Password)
		return
	}
	c.nc++
	nc := fmt.Sprintf("%08x", c.nc)
	cnonce := make([]byte, 8)
	rand.Read(cnonce)
	cn := hex.EncodeToString(cnonce)
	uri := req.URL.RequestURI()
	ha1 := md5hex(c.User + ":" + ch.realm + ":" + c.Password)
	ha2 := md5hex(req.Method + ":" + uri)
	var resp string
	qop := ""
	if slices.Contains(strings.Split(strings.ReplaceAll(ch.qop, " ", ""), ","), "auth") {
		qop = "auth"
		resp = md5hex(ha1 + ":" + ch.nonce + ":" + nc + ":" + cn + ":" + qop + ":" + ha2)
	} else {
		resp = md5hex(ha1 + ":" + ch.nonce + ":" + ha2)
	}
	h := fmt.Sprintf(`Digest username="%s", realm="%s", nonce="%s", uri="%s", response="%s"`,
		c.User, ch.realm, ch.nonce, uri, resp)
	if qop != "" {
		h += fmt.Sprintf(`, qop=%s, nc=%s, cnonce="%s"`, qop, nc, cn)
	}
	if ch.opaque != "" {
		h += fmt.Sprintf(`, opaque="%s"`, ch.opaque)
	}
	if ch.algorithm != "" {
		h += ", algorithm=" + ch.algorithm
	}
	req.Header.Set("Authorization", h)
}

func md5hex(s string) string {
	sum := md5.Sum([]byte(s))
	return hex.EncodeToString(sum[:])
}

// parseParams reads the key=value and key="value" parameters of a
// challenge.
func parseParams(s string) map[string]string {
	out := map[string]string{}
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimLeft(strings.TrimSpace(s), ",") {
		s = strings.TrimSpace(s)
		key, rest, ok := strings.Cut(s, "=")
		if !ok {
			break
		}
		key = strings.ToLower(strings.TrimSpace(key))
		rest = strings.TrimSpace(rest)
		var val string
		if strings.HasPrefix(rest, `"`) {
			end := 1
			for end < len(rest) && rest[end] != '"' {
				if rest[end] == '\\' {
					end++
				}
				end++
			}
			val = strings.ReplaceAll(rest[1:min(end, len(rest))], `\`, "")
			rest = rest[min(end+1, len(rest)):]
		} else {
			val, rest, _ = strings.Cut(rest, ",")
			val = strings.TrimSpace(val)
		}
		out[key] = val
		s = rest
	}
	return out
}
