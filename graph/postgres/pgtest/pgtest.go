// Package pgtest starts throwaway PostgreSQL servers for tests: a cluster
// made by initdb in a temporary folder, listening on a Unix socket in that
// folder only (no TCP port), with one database per test, and stopped at
// the end. It runs the server binaries of the machine (Debian's
// postgresql package: /usr/lib/postgresql/VERSION/bin, or initdb on
// $PATH).
//
// PostgreSQL refuses to run as root: as root, the server runs as the
// user nobody (through setpriv), in a folder handed over to it. As any
// other user, it runs as that user.
package pgtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// ErrNoServer: no PostgreSQL can be started on this machine (its
// binaries are missing, or it would have to run as root); tests skip.
var ErrNoServer = errors.New("no PostgreSQL server can be started here")

// Superuser is the name of the database superuser of the clusters.
const Superuser = "kg"

// nobody is the user the server runs as when the tests run as root.
const nobody = 65534

// Server is a running throwaway cluster.
type Server struct {
	root    string // the temporary folder: data, socket, log
	bin     string // folder of initdb, pg_ctl, postgres
	asRoot  bool   // the server runs as nobody through setpriv
	setpriv string
	mu      sync.Mutex
	dbs     int // databases made, to name the next
}

// binDir finds the folder of the server's binaries.
func binDir() (string, error) {
	if p, err := exec.LookPath("initdb"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			p = real
		}
		dir := filepath.Dir(p)
		if _, err := os.Stat(filepath.Join(dir, "pg_ctl")); err == nil {
			return dir, nil
		}
	}
	// Debian keeps them out of $PATH, one folder per major version.
	found, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	sort.Slice(found, func(i, j int) bool { return version(found[i]) > version(found[j]) })
	if len(found) == 0 {
		return "", fmt.Errorf("%w: initdb not found on $PATH or in /usr/lib/postgresql/*/bin (apt-get install postgresql)", ErrNoServer)
	}
	return filepath.Dir(found[0]), nil
}

var versionDir = regexp.MustCompile(`/postgresql/(\d+)/`)

func version(path string) int {
	m := versionDir.FindStringSubmatch(path)
	if m == nil {
		return 0
	}
	v, _ := strconv.Atoi(m[1])
	return v
}

// Start makes a cluster in a new temporary folder and starts its server.
// The error wraps ErrNoServer when PostgreSQL cannot be had here.
func Start() (*Server, error) {
	bin, err := binDir()
	if err != nil {
		return nil, err
	}
	s := &Server{bin: bin, asRoot: os.Geteuid() == 0}
	if s.asRoot {
		if s.setpriv, err = exec.LookPath("setpriv"); err != nil {
			return nil, fmt.Errorf("%w: running as root, which PostgreSQL refuses, and no setpriv to run it as nobody", ErrNoServer)
		}
	}
	// Short: a socket's path must fit in 107 bytes.
	if s.root, err = os.MkdirTemp("", "kgpg"); err != nil {
		return nil, err
	}
	if err := s.init(); err != nil {
		os.RemoveAll(s.root)
		return nil, err
	}
	if err := s.Start(); err != nil {
		os.RemoveAll(s.root)
		return nil, err
	}
	return s, nil
}

func (s *Server) data() string { return filepath.Join(s.root, "data") }

// SocketDir is the folder of the server's Unix socket.
func (s *Server) SocketDir() string { return s.root }

func (s *Server) init() error {
	if s.asRoot {
		// nobody must reach the folder, and own it and its files.
		if err := os.Chmod(s.root, 0o755); err != nil {
			return err
		}
		if err := os.Chown(s.root, nobody, nobody); err != nil {
			return err
		}
	}
	return s.run("initdb", "-D", s.data(), "-U", Superuser, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync")
}

// Start starts the server again after Stop or Kill.
func (s *Server) Start() error {
	// Tests need no durability: no fsync, no full page writes.
	opts := fmt.Sprintf("-k %s -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100", s.root)
	return s.run("pg_ctl", "-D", s.data(), "-l", filepath.Join(s.root, "log"), "-o", opts, "-w", "-t", "60", "start")
}

// Stop stops the server (fast shutdown: sessions are ended, in-flight
// transactions rolled back).
func (s *Server) Stop() error {
	return s.run("pg_ctl", "-D", s.data(), "-m", "fast", "-w", "stop")
}

// Kill stops the server at once, as a crash would (immediate shutdown).
func (s *Server) Kill() error {
	return s.run("pg_ctl", "-D", s.data(), "-m", "immediate", "-w", "stop")
}

// Remove stops the server and deletes its folder.
func (s *Server) Remove() error {
	err := s.Stop()
	if rmErr := os.RemoveAll(s.root); rmErr != nil {
		err = errors.Join(err, rmErr)
	}
	return err
}

// run runs a server binary, as nobody when the tests run as root.
func (s *Server) run(name string, args ...string) error {
	path := filepath.Join(s.bin, name)
	var cmd *exec.Cmd
	if s.asRoot {
		cmd = exec.Command(s.setpriv, append([]string{"--reuid=" + strconv.Itoa(nobody), "--regid=" + strconv.Itoa(nobody), "--clear-groups", path}, args...)...)
	} else {
		cmd = exec.Command(path, args...)
	}
	cmd.Dir = s.root
	// pg_ctl's server inherits these: keep it out of the test's output.
	cmd.Env = append(os.Environ(), "LC_ALL=C", "PGTZ=UTC")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		log, _ := os.ReadFile(filepath.Join(s.root, "log"))
		return fmt.Errorf("%s %s: %v\n%s\n%s", name, strings.Join(args, " "), err, out.Bytes(), tail(log, 2000))
	}
	return nil
}

func tail(b []byte, n int) []byte {
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}

// URL returns the connection URL of database db, through the socket.
func (s *Server) URL(db string) string {
	return fmt.Sprintf("postgres://%s@/%s?host=%s&sslmode=disable", Superuser, db, s.root)
}

// KeywordDSN returns the keyword/value connection string of database db.
func (s *Server) KeywordDSN(db string) string {
	return fmt.Sprintf("host=%s user=%s dbname=%s sslmode=disable", s.root, Superuser, db)
}

// Exec runs statements in database db.
func (s *Server) Exec(ctx context.Context, db, sql string, args ...any) error {
	conn, err := pgx.Connect(ctx, s.URL(db))
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, sql, args...)
	return err
}

// NewDB creates an empty database for a test and returns its name.
func (s *Server) NewDB(t testing.TB) string {
	t.Helper()
	s.mu.Lock()
	s.dbs++
	name := fmt.Sprintf("t%d_%s", s.dbs, strings.ToLower(regexp.MustCompile(`[^A-Za-z0-9]+`).ReplaceAllString(t.Name(), "_")))
	s.mu.Unlock()
	if len(name) > 60 {
		name = name[:60]
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := s.Exec(ctx, "postgres", "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		t.Fatalf("create database %s: %v", name, err)
	}
	return name
}

// Lazy is a server started by the first test that asks for it, shared
// by the tests of a package, and removed by Close (from TestMain).
type Lazy struct {
	once sync.Once
	srv  *Server
	err  error
}

// Get returns the shared server, starting it the first time; it skips
// the test when PostgreSQL cannot be had here, and fails it when the
// server does not start.
func (l *Lazy) Get(t testing.TB) *Server {
	t.Helper()
	l.once.Do(func() { l.srv, l.err = Start() })
	switch {
	case errors.Is(l.err, ErrNoServer):
		t.Skipf("skipped: %v", l.err)
	case l.err != nil:
		t.Fatalf("start PostgreSQL: %v", l.err)
	}
	return l.srv
}

// Close stops and removes the shared server, if it was started.
func (l *Lazy) Close() error {
	if l.srv == nil {
		return nil
	}
	return l.srv.Remove()
}

// Own starts a server for one test alone (one it may stop or kill),
// removed when the test ends; it skips or fails the test as Lazy.Get.
func Own(t testing.TB) *Server {
	t.Helper()
	srv, err := Start()
	switch {
	case errors.Is(err, ErrNoServer):
		t.Skipf("skipped: %v", err)
	case err != nil:
		t.Fatalf("start PostgreSQL: %v", err)
	}
	t.Cleanup(func() {
		srv.Stop() // it may be stopped already
		os.RemoveAll(srv.root)
	})
	return srv
}

// ErrNoBouncer: PgBouncer is not installed here (Debian's pgbouncer
// package); the tests that need it skip.
var ErrNoBouncer = errors.New("no PgBouncer here")

// Bouncer is a PgBouncer in front of a Server, in session pooling: a
// client's connection has a server connection of its own until it
// closes, which is then reset (DISCARD ALL) and kept for the next client.
// It listens on a Unix socket in a folder of its own.
type Bouncer struct {
	root string
	cmd  *exec.Cmd
	done chan error
}

// bouncerPort names the socket file (.s.PGSQL.6432); no TCP port opens.
const bouncerPort = 6432

// Bouncer starts a PgBouncer in front of s for one test, stopped when the
// test ends. It skips the test when PgBouncer is not installed, and fails
// it when PgBouncer does not start.
func (s *Server) Bouncer(t testing.TB) *Bouncer {
	t.Helper()
	path, err := exec.LookPath("pgbouncer")
	if err != nil {
		path = "/usr/sbin/pgbouncer" // Debian's, out of a user's $PATH
		if _, statErr := os.Stat(path); statErr != nil {
			t.Skipf("skipped: %v: %v (apt-get install pgbouncer)", ErrNoBouncer, err)
		}
	}
	b, err := startBouncer(path, s)
	if err != nil {
		t.Fatalf("start PgBouncer: %v", err)
	}
	t.Cleanup(func() {
		if err := b.stop(); err != nil {
			t.Errorf("stop PgBouncer: %v", err)
		}
	})
	return b
}

func startBouncer(path string, s *Server) (*Bouncer, error) {
	root, err := os.MkdirTemp("", "kgpgb")
	if err != nil {
		return nil, err
	}
	b := &Bouncer{root: root, done: make(chan error, 1)}
	ini := fmt.Sprintf(`[databases]
* = host=%s
[pgbouncer]
listen_addr =
unix_socket_dir = %s
listen_port = %d
auth_type = trust
auth_file = %s
pool_mode = session
server_reset_query = DISCARD ALL
max_client_conn = 500
default_pool_size = 20
ignore_startup_parameters = extra_float_digits
`, s.root, root, bouncerPort, filepath.Join(root, "users.txt"))
	files := map[string]string{"pgbouncer.ini": ini, "users.txt": fmt.Sprintf("%q \"\"\n", Superuser)}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(root, name), []byte(text), 0o644); err != nil {
			os.RemoveAll(root)
			return nil, err
		}
	}
	args := []string{filepath.Join(root, "pgbouncer.ini")}
	if s.asRoot {
		// PgBouncer refuses to run as root, as PostgreSQL does.
		if err := os.Chmod(root, 0o755); err != nil {
			os.RemoveAll(root)
			return nil, err
		}
		if err := os.Chown(root, nobody, nobody); err != nil {
			os.RemoveAll(root)
			return nil, err
		}
		b.cmd = exec.Command(s.setpriv, append([]string{"--reuid=" + strconv.Itoa(nobody), "--regid=" + strconv.Itoa(nobody), "--clear-groups", path}, args...)...)
	} else {
		b.cmd = exec.Command(path, args...)
	}
	var out bytes.Buffer
	b.cmd.Stdout, b.cmd.Stderr = &out, &out
	if err := b.cmd.Start(); err != nil {
		os.RemoveAll(root)
		return nil, err
	}
	go func() { b.done <- b.cmd.Wait() }()
	socket := filepath.Join(root, fmt.Sprintf(".s.PGSQL.%d", bouncerPort))
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if _, err := os.Stat(socket); err == nil {
			return b, nil
		}
		select {
		case err := <-b.done:
			os.RemoveAll(root)
			return nil, fmt.Errorf("pgbouncer exited: %v\n%s", err, tail(out.Bytes(), 2000))
		default:
		}
		if time.Now().After(deadline) {
			b.cmd.Process.Kill()
			<-b.done
			os.RemoveAll(root)
			return nil, fmt.Errorf("pgbouncer: no socket after 30 s\n%s", tail(out.Bytes(), 2000))
		}
	}
}

// stop ends PgBouncer (SIGINT: at once, closing its connections) and
// removes its folder.
func (b *Bouncer) stop() error {
	b.cmd.Process.Signal(os.Interrupt)
	var err error
	select {
	case <-b.done:
	case <-time.After(30 * time.Second):
		b.cmd.Process.Kill()
		<-b.done
		err = errors.New("pgbouncer did not stop in 30 s: killed")
	}
	return errors.Join(err, os.RemoveAll(b.root))
}

// URL returns the connection URL of database db through the bouncer.
func (b *Bouncer) URL(db string) string {
	return fmt.Sprintf("postgres://%s@/%s?host=%s&port=%d&sslmode=disable", Superuser, db, b.root, bouncerPort)
}
