package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type Request struct {
	Method, Target, Proto string
	Headers               map[string][]string
	Body                  []byte
}

type ProtocolError struct {
	Line int
	Msg  string
}

func (e *ProtocolError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

var ErrTooLarge = errors.New("body exceeds limit")

var methods = []string{"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"}

// canonical turns "content-type" into "Content-Type".
func canonical(k string) string {
	b := []byte(strings.ToLower(k))
	upper := true
	for i, c := range b {
		if upper && c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
		upper = c == '-'
	}
	return string(b)
}

type Parser struct {
	r    *bufio.Reader
	line int
}

func (p *Parser) readLine() (string, error) {
	s, err := p.r.ReadString('\n')
	if err != nil {
		if err == io.EOF && s != "" {
			return "", &ProtocolError{p.line + 1, "unexpected EOF in line"}
		}
		return "", err
	}
	p.line++
	return strings.TrimSuffix(strings.TrimSuffix(s, "\n"), "\r"), nil
}

func (p *Parser) Next() (*Request, error) {
	first, err := p.readLine()
	if err != nil {
		return nil, err
	}
	parts := strings.Split(first, " ")
	if len(parts) != 3 {
		return nil, &ProtocolError{p.line, fmt.Sprintf("malformed request line %q", first)}
	}
	req := &Request{Method: parts[0], Target: parts[1], Proto: parts[2], Headers: map[string][]string{}}
	if !slices.Contains(methods, req.Method) {
		return nil, &ProtocolError{p.line, "unknown method " + req.Method}
	}
	if req.Proto != "HTTP/1.1" && req.Proto != "HTTP/1.0" {
		return nil, &ProtocolError{p.line, "unsupported protocol " + req.Proto}
	}
	for {
		h, err := p.readLine()
		if err != nil {
			return nil, err
		}
		if h == "" {
			break
		}
		k, v, ok := strings.Cut(h, ":")
		if !ok || k == "" || strings.ContainsAny(k, " \t") {
			return nil, &ProtocolError{p.line, fmt.Sprintf("bad header %q", h)}
		}
		k = canonical(k)
		req.Headers[k] = append(req.Headers[k], strings.TrimSpace(v))
	}
	if cl := req.Headers["Content-Length"]; len(cl) > 0 {
		n, err := strconv.Atoi(cl[0])
		if err != nil || n < 0 {
			return nil, &ProtocolError{p.line, "invalid Content-Length " + cl[0]}
		}
		if n > 64 {
			return nil, fmt.Errorf("request %s %s: %w (%d > 64)", req.Method, req.Target, ErrTooLarge, n)
		}
		req.Body = make([]byte, n)
		if _, err := io.ReadFull(p.r, req.Body); err != nil {
			return nil, &ProtocolError{p.line, "short body: " + err.Error()}
		}
	}
	return req, nil
}

func (r *Request) Path() (string, map[string]string) {
	path, query, _ := strings.Cut(r.Target, "?")
	params := map[string]string{}
	for _, kv := range strings.Split(query, "&") {
		if k, v, _ := strings.Cut(kv, "="); k != "" {
			params[k] = v
		}
	}
	return path, params
}

func dump(stream string) {
	p := &Parser{r: bufio.NewReader(strings.NewReader(stream))}
	for n := 1; ; n++ {
		req, err := p.Next()
		var pe *ProtocolError
		switch {
		case err == io.EOF:
			fmt.Printf("  end of stream after %d line(s)\n", p.line)
			return
		case errors.As(err, &pe):
			fmt.Printf("  #%d protocol error at %v\n", n, pe)
			return
		case errors.Is(err, ErrTooLarge):
			fmt.Printf("  #%d rejected: %v\n", n, err)
			return
		}
		path, params := req.Path()
		fmt.Printf("  #%d %s %s %s path=%s params=%v\n", n, req.Proto, req.Method, req.Target, path, params)
		for _, k := range slices.Sorted(maps.Keys(req.Headers)) {
			fmt.Printf("     %s: %s\n", k, strings.Join(req.Headers[k], ", "))
		}
		if len(req.Body) > 0 {
			fmt.Printf("     body(%d) %q\n", len(req.Body), req.Body)
		}
	}
}

func main() {
	streams := []string{
		"GET /index.html?lang=en&x=1 HTTP/1.1\r\nHost: example.test\r\naccept: */*\r\nACCEPT: text/html\r\n\r\n" +
			"POST /api/items HTTP/1.1\r\nHost: example.test\r\ncontent-type: application/json\r\ncontent-length: 17\r\n\r\n{\"name\":\"gizmo\"}\n" +
			"DELETE /api/items/7 HTTP/1.0\r\nx-request-id: abc123\r\n\r\n",
		"BREW /pot HTTP/1.1\r\n\r\n",
		"GET / HTTP/1.1\r\nHost example.test\r\n\r\n",
		"PUT /blob HTTP/1.1\r\nContent-Length: 1000\r\n\r\n",
		"POST /short HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc",
		"GET /a HTTP/1.1\nHost: unix-newlines.test\n\nGET /b HTTP/2\n\n",
		"GET /incomplete HTTP/1.1\r\nHost: x",
	}
	for i, s := range streams {
		fmt.Printf("stream %d (%d bytes)\n", i+1, len(s))
		dump(s)
	}
}
