package main

import (
	"fmt"
	"sort"
	"strings"
)

type Params map[string]string

type HandlerFunc func(method string, p Params) (int, string)

type route struct {
	method  string
	pattern string
	parts   []string
	handler HandlerFunc
}

type Router struct {
	routes   []route
	exact    map[string]HandlerFunc
	notFound HandlerFunc
}

func NewRouter() *Router {
	return &Router{
		exact: map[string]HandlerFunc{},
		notFound: func(m string, _ Params) (int, string) {
			return 404, "not found"
		},
	}
}

func (r *Router) Handle(method, pattern string, h HandlerFunc) {
	if !strings.Contains(pattern, ":") && !strings.Contains(pattern, "*") {
		r.exact[method+" "+pattern] = h
		return
	}
	parts := strings.Split(strings.Trim(pattern, "/"), "/")
	r.routes = append(r.routes, route{method, pattern, parts, h})
}

func match(parts, segs []string) (Params, bool) {
	p := Params{}
	for i, part := range parts {
		if part == "*" {
			p["*"] = strings.Join(segs[i:], "/")
			return p, true
		}
		if i >= len(segs) {
			return nil, false
		}
		if name, ok := strings.CutPrefix(part, ":"); ok {
			p[name] = segs[i]
		} else if part != segs[i] {
			return nil, false
		}
	}
	return p, len(parts) == len(segs)
}

func (r *Router) Dispatch(method, path string) (int, string) {
	if h, ok := r.exact[method+" "+path]; ok {
		return h(method, nil)
	}
	segs := strings.Split(strings.Trim(path, "/"), "/")
	methodMismatch := false
	for _, rt := range r.routes {
		p, ok := match(rt.parts, segs)
		if !ok {
			continue
		}
		if rt.method != method {
			methodMismatch = true
			continue
		}
		return rt.handler(method, p)
	}
	if methodMismatch {
		return 405, "method not allowed"
	}
	return r.notFound(method, nil)
}

func describe(p Params) string {
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%q ", k, p[k])
	}
	return strings.TrimSpace(b.String())
}

func main() {
	r := NewRouter()
	r.Handle("GET", "/health", func(string, Params) (int, string) { return 200, "ok" })
	r.Handle("GET", "/users/:id", func(_ string, p Params) (int, string) {
		return 200, "user " + p["id"]
	})
	r.Handle("DELETE", "/users/:id", func(_ string, p Params) (int, string) {
		return 204, "deleted " + p["id"]
	})
	r.Handle("GET", "/users/:id/posts/:post", func(_ string, p Params) (int, string) {
		return 200, describe(p)
	})
	r.Handle("GET", "/static/*", func(_ string, p Params) (int, string) {
		return 200, "file " + p["*"]
	})

	requests := [][2]string{
		{"GET", "/health"},
		{"GET", "/users/42"},
		{"DELETE", "/users/42"},
		{"PUT", "/users/42"},
		{"GET", "/users/7/posts/hello-world"},
		{"GET", "/users/7/posts"},
		{"GET", "/static/css/site.css"},
		{"GET", "/nowhere"},
	}
	codes := map[int][]string{}
	for _, rq := range requests {
		code, body := r.Dispatch(rq[0], rq[1])
		codes[code] = append(codes[code], rq[1])
		fmt.Printf("%-6s %-28s %d %s\n", rq[0], rq[1], code, body)
	}
	fmt.Println(codes)
	fmt.Println("routes:", len(r.routes), "exact:", len(r.exact))
}
