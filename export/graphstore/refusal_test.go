package graphstore

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
)

// rudeStore listens for a store that invites a PUT's body, and then, when
// the request's credentials are not user:secret, answers 401 with a Basic
// challenge and resets the connection while the body is still being sent.
func rudeStore(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			go serveRudely(conn.(*net.TCPConn))
		}
	}()
	return "http://" + l.Addr().String() + "/sparql-graph-crud-auth?graph=urn%3Ax"
}

func serveRudely(conn *net.TCPConn) {
	defer conn.Close()
	r := bufio.NewReader(conn)
	req, err := http.ReadRequest(r)
	if err != nil {
		return
	}
	user, password, _ := req.BasicAuth()
	allowed := user == "user" && password == "secret"
	if req.Method == http.MethodPut {
		conn.Write([]byte("HTTP/1.1 100 Continue\r\n\r\n"))
		if !allowed {
			r.Discard(1 << 16)
			conn.SetLinger(0)
		} else {
			io.Copy(io.Discard, req.Body)
		}
	}
	switch {
	case !allowed:
		conn.Write([]byte("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"store\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))
	case req.Method == http.MethodHead:
		conn.Write([]byte("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))
	default:
		conn.Write([]byte("HTTP/1.1 201 Created\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))
	}
}

// TestRudeStore: a store that drops the connection mid-body when it
// refuses is still understood. Wrong or missing credentials are reported
// as a refusal with the store's status, not as a broken pipe; right ones
// get the graph sent, though the first challenge was lost with the body.
func TestRudeStore(t *testing.T) {
	body := bytes.Repeat([]byte("<urn:a> <urn:b> <urn:c> .\n"), 1<<18)
	for _, tc := range []struct {
		name, user, password string
		refused              bool
	}{
		{"no credentials", "", "", true},
		{"wrong password", "user", "wrong", true},
		{"right password", "user", "secret", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &Client{User: tc.user, Password: tc.password}
			err := c.do(context.Background(), http.MethodPut, rudeStore(t), "application/n-triples", body, nil)
			switch {
			case tc.refused && (!errors.Is(err, ErrRefused) || !strings.Contains(err.Error(), "401")):
				t.Errorf("PUT: %v, want a refusal with 401", err)
			case !tc.refused && err != nil:
				t.Errorf("PUT: %v", err)
			}
		})
	}
}
