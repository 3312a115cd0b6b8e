package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

type Response struct {
	Proto   string
	Code    int
	Reason  string
	Headers [][2]string // preserves order
	Body    string
	Trailer [][2]string
}

func (r *Response) Get(name string) string {
	for _, h := range r.Headers {
		if strings.EqualFold(h[0], name) {
			return h[1]
		}
	}
	return ""
}

var (
	ErrStatusLine = errors.New("malformed status line")
	ErrChunk      = errors.New("malformed chunk")
)

func line(r *bufio.Reader) (string, error) {
	s, err := r.ReadString('\n')
	if err == io.EOF && s != "" {
		err = io.ErrUnexpectedEOF
	}
	return strings.TrimRight(s, "\r\n"), err
}

func headers(r *bufio.Reader) ([][2]string, error) {
	var hs [][2]string
	for {
		l, err := line(r)
		if err != nil || l == "" {
			return hs, err
		}
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			return nil, fmt.Errorf("header %q: missing colon", l)
		}
		hs = append(hs, [2]string{k, strings.TrimSpace(v)})
	}
}

func ReadResponse(r *bufio.Reader) (*Response, error) {
	status, err := line(r)
	if err != nil {
		return nil, err
	}
	proto, rest, _ := strings.Cut(status, " ")
	codeStr, reason, _ := strings.Cut(rest, " ")
	code, err := strconv.Atoi(codeStr)
	if !strings.HasPrefix(proto, "HTTP/1.") || err != nil || code < 100 || code > 599 {
		return nil, fmt.Errorf("%w: %q", ErrStatusLine, status)
	}
	resp := &Response{Proto: proto, Code: code, Reason: reason}
	if resp.Headers, err = headers(r); err != nil {
		return nil, err
	}
	switch {
	case code/100 == 1 || code == 204 || code == 304:
		// no body
	case strings.EqualFold(resp.Get("Transfer-Encoding"), "chunked"):
		var body strings.Builder
		for {
			sizeLine, err := line(r)
			if err != nil {
				return nil, fmt.Errorf("%w: %v", ErrChunk, err)
			}
			sizeHex, ext, _ := strings.Cut(sizeLine, ";")
			size, err := strconv.ParseUint(strings.TrimSpace(sizeHex), 16, 32)
			if err != nil {
				return nil, fmt.Errorf("%w: size %q", ErrChunk, sizeLine)
			}
			if ext != "" {
				fmt.Printf("    (chunk extension %q ignored)\n", ext)
			}
			if size == 0 {
				resp.Trailer, err = headers(r)
				break
			}
			buf := make([]byte, size+2)
			if _, err := io.ReadFull(r, buf); err != nil || string(buf[size:]) != "\r\n" {
				return nil, fmt.Errorf("%w: chunk of %d bytes not terminated", ErrChunk, size)
			}
			body.Write(buf[:size])
		}
		resp.Body = body.String()
	case resp.Get("Content-Length") != "":
		n, err := strconv.Atoi(resp.Get("Content-Length"))
		if err != nil {
			return nil, fmt.Errorf("bad Content-Length: %w", err)
		}
		buf := make([]byte, n)
		if _, err := io.ReadFull(r, buf); err != nil {
			return nil, fmt.Errorf("body: %w", err)
		}
		resp.Body = string(buf)
	default: // read until connection close
		b, _ := io.ReadAll(r)
		resp.Body = string(b)
	}
	return resp, nil
}

func (r *Response) Write() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %d %s\r\n", r.Proto, r.Code, r.Reason)
	for _, h := range r.Headers {
		if !strings.EqualFold(h[0], "Transfer-Encoding") && !strings.EqualFold(h[0], "Content-Length") {
			fmt.Fprintf(&b, "%s: %s\r\n", h[0], h[1])
		}
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n%s", len(r.Body), r.Body)
	return b.String()
}

func main() {
	inputs := []string{
		"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 12\r\n\r\nhello, world",
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nHello\r\n7;lang=en\r\n, chunk\r\nA\r\ned world!!\r\n0\r\nX-Checksum: abc\r\n\r\n",
		"HTTP/1.1 204 No Content\r\nServer: toy\r\n\r\n",
		"HTTP/1.0 301 Moved Permanently\r\nLocation: /new\r\n\r\n<a href=/new>moved</a>",
		"HTTP/1.1 2OO OK\r\n\r\n",
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcdef",
		"HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\nshort",
		"SPDY/3 200 OK\r\n\r\n",
	}
	for i, in := range inputs {
		resp, err := ReadResponse(bufio.NewReader(strings.NewReader(in)))
		if err != nil {
			fmt.Printf("%d: error %v [status-line=%v chunk=%v eof=%v]\n", i+1, err,
				errors.Is(err, ErrStatusLine), errors.Is(err, ErrChunk), errors.Is(err, io.ErrUnexpectedEOF))
			continue
		}
		fmt.Printf("%d: %s %d %q class=%dxx headers=%d body=%q trailer=%v\n",
			i+1, resp.Proto, resp.Code, resp.Reason, resp.Code/100, len(resp.Headers), resp.Body, resp.Trailer)
		if resp.Get("Transfer-Encoding") != "" {
			out := resp.Write()
			again, err := ReadResponse(bufio.NewReader(strings.NewReader(out)))
			fmt.Printf("   re-encoded %d bytes, round trip ok=%v err=%v\n", len(out), err == nil && again.Body == resp.Body, err)
		}
	}
}
