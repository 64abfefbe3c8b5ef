// Package virtuosotest starts a real Virtuoso (Debian's
// virtuoso-opensource-7) for tests: on 127.0.0.1, free ports, a throwaway
// database in the test's temporary folder, stopped when the test ends.
// A test that calls Start is skipped, saying so, where virtuoso-t is not
// installed.
package virtuosotest

import (
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// User and Password are the administrator's of a new Virtuoso database,
// who may update graphs through /sparql-graph-crud-auth.
const (
	User     = "dba"
	Password = "dba"
)

// freePort returns a TCP port of 127.0.0.1 that nothing listens on now.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

const iniTemplate = `[Database]
DatabaseFile       = {{dir}}/virtuoso.db
ErrorLogFile       = {{dir}}/virtuoso.log
LockFile           = {{dir}}/virtuoso.lck
TransactionFile    = {{dir}}/virtuoso.trx
xa_persistent_file = {{dir}}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase
[TempDatabase]
DatabaseFile       = {{dir}}/virtuoso-temp.db
TransactionFile    = {{dir}}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0
[Parameters]
ServerPort           = 127.0.0.1:{{sqlport}}
DisableUnixSocket    = 1
MaxClientConnections = 4
CheckpointInterval   = 60
CaseMode             = 2
DirsAllowed          = ., {{dir}}
NumberOfBuffers      = 10000
MaxDirtyBuffers      = 6000
ThreadsPerQuery      = 2
[HTTPServer]
ServerPort           = 127.0.0.1:{{httpport}}
ServerRoot           = {{dir}}
MaxClientConnections = 4
ServerThreads        = 4
Charset              = UTF-8
[SPARQL]
ResultSetMaxRows      = 100000
MaxQueryExecutionTime = 60
`

// Start starts Debian's Virtuoso (virtuoso-opensource-7) on
// 127.0.0.1 with a throwaway database, waits until its SPARQL endpoint
// answers, and stops it at the end of the test. It returns the base URL.
func Start(t *testing.T) string {
	t.Helper()
	bin, err := exec.LookPath("virtuoso-t")
	if err != nil {
		t.Skip("virtuoso-t not found: apt-get install virtuoso-opensource-7 to test kg publish against a real store")
	}
	dir := t.TempDir()
	httpPort := freePort(t)
	ini := strings.NewReplacer("{{dir}}", dir, "{{sqlport}}", fmt.Sprint(freePort(t)),
		"{{httpport}}", fmt.Sprint(httpPort)).Replace(iniTemplate)
	iniPath := filepath.Join(dir, "virtuoso.ini")
	if err := os.WriteFile(iniPath, []byte(ini), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-f", "-c", iniPath)
	cmd.Dir = dir
	logFile, err := os.Create(filepath.Join(dir, "stdout.txt"))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = logFile, logFile
	if err := cmd.Start(); err != nil {
		t.Fatalf("start virtuoso: %v", err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-exited
		logFile.Close()
	})
	base := fmt.Sprintf("http://127.0.0.1:%d", httpPort)
	deadline := time.Now().Add(3 * time.Minute)
	for {
		select {
		case err := <-exited:
			out, _ := os.ReadFile(filepath.Join(dir, "stdout.txt"))
			t.Fatalf("virtuoso stopped: %v\n%s", err, out)
		case <-time.After(500 * time.Millisecond):
		}
		resp, err := http.Get(base + "/sparql?query=ASK%7B%7D")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return base
			}
		}
		if time.Now().After(deadline) {
			out, _ := os.ReadFile(filepath.Join(dir, "stdout.txt"))
			t.Fatalf("virtuoso did not answer in 3 minutes\n%s", out)
		}
	}
}
