package main

import (
	"fmt"
	"slices"
	"strings"
)

type Request struct {
	Method string
	Path   string
	Params map[string]string
}

type Response struct {
	Code int
	Body string
}

type HandlerFunc func(*Request) Response
type Middleware func(HandlerFunc) HandlerFunc

type route struct {
	method   string
	segments []string
	handler  HandlerFunc
}

// Router matches paths like /users/:id/posts/:post and applies middleware.
type Router struct {
	routes []route
	mws    []Middleware
}

func (r *Router) Use(mw ...Middleware) { r.mws = append(r.mws, mw...) }

func (r *Router) Handle(method, pattern string, h HandlerFunc) {
	r.routes = append(r.routes, route{method, strings.Split(strings.Trim(pattern, "/"), "/"), h})
}

func (rt route) match(path string) (map[string]string, bool) {
	segs := strings.Split(strings.Trim(path, "/"), "/")
	if len(segs) != len(rt.segments) {
		return nil, false
	}
	params := map[string]string{}
	for i, s := range rt.segments {
		if name, ok := strings.CutPrefix(s, ":"); ok {
			params[name] = segs[i]
		} else if s != segs[i] {
			return nil, false
		}
	}
	return params, true
}

func (r *Router) Serve(req *Request) Response {
	h := r.dispatch
	for _, mw := range slices.Backward(r.mws) {
		h = mw(h)
	}
	return h(req)
}

func (r *Router) dispatch(req *Request) Response {
	var allowed []string
	for _, rt := range r.routes {
		params, ok := rt.match(req.Path)
		if !ok {
			continue
		}
		if rt.method != req.Method {
			allowed = append(allowed, rt.method)
			continue
		}
		req.Params = params
		return rt.handler(req)
	}
	if len(allowed) > 0 {
		slices.Sort(allowed)
		return Response{405, "allow: " + strings.Join(allowed, ", ")}
	}
	return Response{404, "no route for " + req.Path}
}

func timing(log *[]string) Middleware {
	return func(next HandlerFunc) HandlerFunc {
		return func(r *Request) Response {
			resp := next(r)
			*log = append(*log, fmt.Sprintf("%s %s %d", r.Method, r.Path, resp.Code))
			return resp
		}
	}
}

func trailingSlash(next HandlerFunc) HandlerFunc {
	return func(r *Request) Response {
		if len(r.Path) > 1 && strings.HasSuffix(r.Path, "/") {
			return Response{301, "location: " + strings.TrimRight(r.Path, "/")}
		}
		return next(r)
	}
}

func main() {
	users := map[string]string{"1": "ada", "2": "linus"}
	var access []string

	r := &Router{}
	r.Use(timing(&access), trailingSlash)
	r.Handle("GET", "/users", func(*Request) Response { return Response{200, "ada,linus"} })
	r.Handle("GET", "/users/:id", func(req *Request) Response {
		if name, ok := users[req.Params["id"]]; ok {
			return Response{200, "user " + name}
		}
		return Response{404, "no user " + req.Params["id"]}
	})
	r.Handle("DELETE", "/users/:id", func(req *Request) Response { return Response{204, ""} })
	r.Handle("GET", "/users/:id/posts/:post", func(req *Request) Response {
		return Response{200, fmt.Sprintf("post %s of user %s", req.Params["post"], req.Params["id"])}
	})

	for _, req := range []Request{
		{Method: "GET", Path: "/users"}, {Method: "GET", Path: "/users/2"},
		{Method: "GET", Path: "/users/9"}, {Method: "PUT", Path: "/users/1"},
		{Method: "GET", Path: "/users/1/posts/42"}, {Method: "GET", Path: "/users/1/"},
		{Method: "GET", Path: "/admin"}, {Method: "DELETE", Path: "/users/1"},
	} {
		resp := r.Serve(&req)
		fmt.Printf("%-6s %-20s %d %q\n", req.Method, req.Path, resp.Code, resp.Body)
	}
	fmt.Println("access log:", strings.Join(access, " | "))
}
