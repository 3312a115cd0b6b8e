package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Params map[string]string

func (p Params) String() string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(p)) {
		parts = append(parts, k+"="+p[k])
	}
	return "{" + strings.Join(parts, " ") + "}"
}

type Handler func(Params) string

var ErrNotFound, ErrMethodNotAllowed = errors.New("not found"), errors.New("method not allowed")

type MethodError struct {
	Method  string
	Allowed []string
}

func (e *MethodError) Error() string {
	return fmt.Sprintf("%s: %v (allow: %s)", e.Method, ErrMethodNotAllowed, strings.Join(e.Allowed, ", "))
}
func (e *MethodError) Unwrap() error { return ErrMethodNotAllowed }

type node struct {
	static            map[string]*node
	param, wildcard   *node
	paramKey, wildKey string
	handlers          map[string]Handler
}

func newNode() *node { return &node{static: map[string]*node{}} }

func segments(path string) []string {
	return slices.DeleteFunc(strings.Split(path, "/"), func(s string) bool { return s == "" })
}

type Router struct{ root *node }

func (r *Router) Handle(method, pattern string, h Handler) {
	n := r.root
	for _, seg := range segments(pattern) {
		switch seg[0] {
		case ':':
			if n.param == nil {
				n.param, n.paramKey = newNode(), seg[1:]
			}
			n = n.param
		case '*':
			if n.wildcard == nil {
				n.wildcard, n.wildKey = newNode(), seg[1:]
			}
			n = n.wildcard
		default:
			if n.static[seg] == nil {
				n.static[seg] = newNode()
			}
			n = n.static[seg]
		}
	}
	if n.handlers == nil {
		n.handlers = map[string]Handler{}
	}
	n.handlers[method] = h
}

// match prefers static segments, then parameters, then wildcards, backtracking as needed.
func (n *node) match(segs []string, p Params) *node {
	if len(segs) == 0 {
		if n.handlers != nil {
			return n
		}
		return nil
	}
	if c, ok := n.static[segs[0]]; ok {
		if m := c.match(segs[1:], p); m != nil {
			return m
		}
	}
	if n.param != nil {
		if m := n.param.match(segs[1:], p); m != nil {
			p[n.paramKey] = segs[0]
			return m
		}
	}
	if n.wildcard != nil {
		p[n.wildKey] = strings.Join(segs, "/")
		return n.wildcard
	}
	return nil
}

func (r *Router) Serve(method, path string) (string, error) {
	p := Params{}
	n := r.root.match(segments(path), p)
	if n == nil {
		return "", fmt.Errorf("%s %s: %w", method, path, ErrNotFound)
	}
	h, ok := n.handlers[method]
	if !ok {
		return "", &MethodError{method, slices.Sorted(maps.Keys(n.handlers))}
	}
	return h(p), nil
}

func main() {
	calls := map[string]int{}
	counted := func(name string, h Handler) Handler {
		return func(p Params) string { calls[name]++; return h(p) }
	}
	echo := func(name string) Handler {
		return counted(name, func(p Params) string { return name + " " + p.String() })
	}
	r := &Router{root: newNode()}
	for _, rt := range [][3]string{{"GET", "/", "home"}, {"GET", "/users", "listUsers"}, {"POST", "/users", "createUser"},
		{"GET", "/users/me", "currentUser"}, {"GET", "/users/:id", "getUser"}, {"DELETE", "/users/:id", "deleteUser"},
		{"GET", "/users/:id/posts/:post", "getPost"}, {"GET", "/static/*file", "static"}, {"GET", "/users/:id/files/*path", "userFile"},
	} {
		r.Handle(rt[0], rt[1], echo(rt[2]))
	}
	requests := [][2]string{
		{"GET", "/"}, {"GET", "/users"}, {"POST", "/users/"}, {"GET", "/users/me"}, {"GET", "/users/42"}, {"GET", "/users/43/"},
		{"DELETE", "/users/42"}, {"PUT", "/users/42"}, {"GET", "/users/7/posts/99"}, {"GET", "/users/7/posts"},
		{"GET", "/static/css/site.css"}, {"GET", "/users/me/files/a/b.txt"}, {"GET", "/nope"}, {"PATCH", "/users"},
	}
	for _, req := range requests {
		out, err := r.Serve(req[0], req[1])
		var me *MethodError
		switch {
		case err == nil:
			fmt.Printf("%-6s %-26s 200 %s\n", req[0], req[1], out)
		case errors.As(err, &me):
			fmt.Printf("%-6s %-26s 405 allow=%v\n", req[0], req[1], me.Allowed)
		case errors.Is(err, ErrNotFound):
			fmt.Printf("%-6s %-26s 404 %v\n", req[0], req[1], err)
		}
	}
	fmt.Println("handler calls:", calls) // fmt prints maps with sorted keys
}
