package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Request struct {
	Path    string
	User    string
	Headers map[string]string
}

type Response struct {
	Status int
	Body   string
}

type Handler func(*Request) Response
type Middleware func(Handler) Handler

func Chain(h Handler, mws ...Middleware) Handler {
	for _, mw := range slices.Backward(mws) {
		h = mw(h)
	}
	return h
}

type Trace struct{ lines []string }

func (t *Trace) Add(format string, args ...any) {
	t.lines = append(t.lines, fmt.Sprintf(format, args...))
}

func Logging(t *Trace, name string) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) Response {
			t.Add("%s> %s", name, r.Path)
			resp := next(r)
			t.Add("%s< %s %d", name, r.Path, resp.Status)
			return resp
		}
	}
}

func Auth(allowed ...string) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) Response {
			if !slices.Contains(allowed, r.User) {
				return Response{401, "unauthorized"}
			}
			return next(r)
		}
	}
}

func Recover(t *Trace) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) (resp Response) {
			defer func() {
				if p := recover(); p != nil {
					err := fmt.Errorf("panic: %v", p)
					t.Add("recovered %v", err)
					resp = Response{500, "internal error"}
				}
			}()
			return next(r)
		}
	}
}

func Headers(kv ...string) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) Response {
			if r.Headers == nil {
				r.Headers = map[string]string{}
			}
			for i := 0; i+1 < len(kv); i += 2 {
				r.Headers[kv[i]] = kv[i+1]
			}
			return next(r)
		}
	}
}

var ErrNotFound = errors.New("not found")

func app(r *Request) Response {
	switch {
	case r.Path == "/hello":
		return Response{200, "hello " + r.User + " via " + r.Headers["X-Via"]}
	case r.Path == "/boom":
		var m map[string]int
		m["x"] = 1 // nil map write: runtime panic
		return Response{200, "unreachable"}
	case strings.HasPrefix(r.Path, "/echo/"):
		return Response{200, strings.ToUpper(strings.TrimPrefix(r.Path, "/echo/"))}
	}
	return Response{404, ErrNotFound.Error()}
}

func main() {
	t := &Trace{}
	h := Chain(app,
		Logging(t, "outer"),
		Recover(t),
		Auth("ann", "bob"),
		Headers("X-Via", "gateway"),
		Logging(t, "inner"),
	)
	reqs := []Request{
		{Path: "/hello", User: "ann"},
		{Path: "/hello", User: "mallory"},
		{Path: "/boom", User: "bob"},
		{Path: "/echo/chain", User: "bob"},
		{Path: "/missing", User: "ann"},
	}
	for _, r := range reqs {
		resp := h(&r)
		fmt.Printf("%-12s user=%-8s -> %d %q\n", r.Path, r.User, resp.Status, resp.Body)
	}
	fmt.Println("trace:")
	for i, l := range t.lines {
		fmt.Printf("%3d  %s\n", i, l)
	}
}
