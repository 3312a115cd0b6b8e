package main

import (
	"fmt"
	"slices"
	"strings"
)

type Request struct {
	Method  string
	Path    string
	Headers map[string]string
	Body    string
}

type Response struct {
	Status int
	Body   string
}

type Handler func(Request) Response
type Middleware func(Handler) Handler

// Chain applies middlewares so the first listed is the outermost.
func Chain(h Handler, mws ...Middleware) Handler {
	for _, mw := range slices.Backward(mws) {
		h = mw(h)
	}
	return h
}

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(r Request) Response {
			*log = append(*log, "-> "+r.Method+" "+r.Path)
			resp := next(r)
			*log = append(*log, fmt.Sprintf("<- %d %s", resp.Status, r.Path))
			return resp
		}
	}
}

func RequireAuth(tokens map[string]string) Middleware {
	return func(next Handler) Handler {
		return func(r Request) Response {
			tok := strings.TrimPrefix(r.Headers["Authorization"], "Bearer ")
			user, ok := tokens[tok]
			if !ok {
				return Response{401, "unauthorized"}
			}
			r.Headers["X-User"] = user
			return next(r)
		}
	}
}

func Recover() Middleware {
	return func(next Handler) Handler {
		return func(r Request) (resp Response) {
			defer func() {
				if p := recover(); p != nil {
					resp = Response{500, fmt.Sprintf("internal error: %v", p)}
				}
			}()
			return next(r)
		}
	}
}

func MethodOnly(methods ...string) Middleware {
	return func(next Handler) Handler {
		return func(r Request) Response {
			if !slices.Contains(methods, r.Method) {
				return Response{405, "method not allowed"}
			}
			return next(r)
		}
	}
}

func app(r Request) Response {
	switch r.Path {
	case "/profile":
		return Response{200, "hello " + r.Headers["X-User"]}
	case "/panic":
		panic("nil map write in handler")
	case "/echo":
		return Response{200, strings.ToUpper(r.Body)}
	}
	return Response{404, "not found"}
}

func main() {
	var log []string
	tokens := map[string]string{"t1": "alice", "t2": "bob"}
	h := Chain(app, Logging(&log), Recover(), MethodOnly("GET", "POST"), RequireAuth(tokens))

	reqs := []Request{
		{"GET", "/profile", map[string]string{"Authorization": "Bearer t1"}, ""},
		{"GET", "/profile", map[string]string{"Authorization": "Bearer nope"}, ""},
		{"DELETE", "/profile", map[string]string{"Authorization": "Bearer t2"}, ""},
		{"POST", "/echo", map[string]string{"Authorization": "Bearer t2"}, "ping"},
		{"GET", "/panic", map[string]string{"Authorization": "Bearer t1"}, ""},
		{"GET", "/missing", map[string]string{"Authorization": "Bearer t2"}, ""},
	}
	for _, r := range reqs {
		resp := h(r)
		fmt.Printf("%-6s %-9s => %d %q\n", r.Method, r.Path, resp.Status, resp.Body)
	}
	fmt.Println("--- log ---")
	for _, l := range log {
		fmt.Println(l)
	}
}
