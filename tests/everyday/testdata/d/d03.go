package main

import (
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Method  string
	Path    string
	Headers map[string]string
	Context map[string]string
}

type Response struct {
	Status int
	Body   string
}

type Handler func(*Request) Response

type Middleware func(Handler) Handler

var accessLog []string

func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func Logging(next Handler) Handler {
	return func(r *Request) Response {
		resp := next(r)
		accessLog = append(accessLog, fmt.Sprintf("%s %s -> %d [rid=%s user=%s]",
			r.Method, r.Path, resp.Status, r.Context["request_id"], r.Context["user"]))
		return resp
	}
}

func RequestID() Middleware {
	counter := 0
	return func(next Handler) Handler {
		return func(r *Request) Response {
			counter++
			r.Context["request_id"] = fmt.Sprintf("req-%03d", counter)
			return next(r)
		}
	}
}

func Recover(next Handler) Handler {
	return func(r *Request) (resp Response) {
		defer func() {
			if p := recover(); p != nil {
				resp = Response{Status: 500, Body: fmt.Sprintf("internal error: %v", p)}
			}
		}()
		return next(r)
	}
}

func Auth(tokens map[string]string) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) Response {
			tok := strings.TrimPrefix(r.Headers["Authorization"], "Bearer ")
			user, ok := tokens[tok]
			if !ok {
				return Response{Status: 401, Body: "unauthorized"}
			}
			r.Context["user"] = user
			return next(r)
		}
	}
}

type Router struct {
	routes map[string]Handler
}

func NewRouter() *Router { return &Router{routes: map[string]Handler{}} }

func (rt *Router) Handle(method, path string, h Handler) {
	rt.routes[method+" "+path] = h
}

func (rt *Router) Serve(r *Request) Response {
	if h, ok := rt.routes[r.Method+" "+r.Path]; ok {
		return h(r)
	}
	return Response{Status: 404, Body: "no route for " + r.Path}
}

func (rt *Router) Routes() []string {
	keys := make([]string, 0, len(rt.routes))
	for k := range rt.routes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	router := NewRouter()
	router.Handle("GET", "/health", func(r *Request) Response {
		return Response{200, "ok"}
	})
	router.Handle("GET", "/profile", func(r *Request) Response {
		return Response{200, "hello, " + r.Context["user"]}
	})
	router.Handle("POST", "/orders", func(r *Request) Response {
		return Response{201, "order created by " + r.Context["user"]}
	})
	router.Handle("GET", "/crash", func(r *Request) Response {
		var m map[string]int
		m["boom"]++ // nil map write panics
		return Response{200, "unreachable"}
	})

	public := Chain(router.Serve, RequestID(), Logging, Recover)
	private := Chain(router.Serve, RequestID(), Logging, Recover,
		Auth(map[string]string{"t-alice": "alice", "t-bob": "bob"}))

	requests := []struct {
		secure bool
		method string
		path   string
		token  string
	}{
		{false, "GET", "/health", ""},
		{true, "GET", "/profile", "t-alice"},
		{true, "GET", "/profile", "t-mallory"},
		{true, "POST", "/orders", "t-bob"},
		{false, "GET", "/crash", ""},
		{false, "DELETE", "/orders", ""},
		{true, "GET", "/crash", "t-alice"},
	}

	fmt.Println("registered routes:")
	for _, k := range router.Routes() {
		fmt.Println("  ", k)
	}
	fmt.Println()

	for _, rq := range requests {
		req := &Request{
			Method:  rq.method,
			Path:    rq.path,
			Headers: map[string]string{},
			Context: map[string]string{"user": "-"},
		}
		if rq.token != "" {
			req.Headers["Authorization"] = "Bearer " + rq.token
		}
		h := public
		if rq.secure {
			h = private
		}
		resp := h(req)
		fmt.Printf("%-6s %-9s secure=%-5t => %d %q\n", rq.method, rq.path, rq.secure, resp.Status, resp.Body)
	}

	fmt.Println("\naccess log:")
	for _, line := range accessLog {
		fmt.Println("  ", line)
	}
}
