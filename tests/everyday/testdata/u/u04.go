package main

import (
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Method string
	Path   string
	Header map[string]string
}

type Response struct {
	Status int
	Body   string
}

type Handler interface {
	Serve(Request) Response
}

type HandlerFunc func(Request) Response

func (f HandlerFunc) Serve(r Request) Response { return f(r) }

type Middleware func(Handler) Handler

func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(r Request) Response {
			*log = append(*log, "-> "+r.Method+" "+r.Path)
			resp := next.Serve(r)
			*log = append(*log, fmt.Sprintf("<- %d %s", resp.Status, r.Path))
			return resp
		})
	}
}

func Recover(next Handler) Handler {
	return HandlerFunc(func(r Request) (resp Response) {
		defer func() {
			if rec := recover(); rec != nil {
				resp = Response{Status: 500, Body: fmt.Sprintf("internal error: %v", rec)}
			}
		}()
		return next.Serve(r)
	})
}

func RequireAuth(token string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(r Request) Response {
			if r.Header["Authorization"] != "Bearer "+token {
				return Response{Status: 401, Body: "unauthorized"}
			}
			return next.Serve(r)
		})
	}
}

func app(r Request) Response {
	switch {
	case r.Path == "/health":
		return Response{200, "ok"}
	case r.Path == "/panic":
		var m map[string]int
		m["boom"]++
		return Response{200, "unreachable"}
	case strings.HasPrefix(r.Path, "/users/"):
		id := strings.TrimPrefix(r.Path, "/users/")
		if id == "0" {
			panic(fmt.Errorf("user id %s is reserved", id))
		}
		return Response{200, "user " + id}
	}
	return Response{404, "no route for " + r.Path}
}

func main() {
	var log []string
	h := Chain(HandlerFunc(app), Logging(&log), Recover, RequireAuth("s3cret"))

	auth := map[string]string{"Authorization": "Bearer s3cret"}
	reqs := []Request{
		{"GET", "/health", auth},
		{"GET", "/users/42", auth},
		{"GET", "/users/0", auth},
		{"GET", "/panic", auth},
		{"GET", "/users/7", nil},
		{"POST", "/missing", auth},
	}
	counts := map[int]int{}
	for _, r := range reqs {
		resp := h.Serve(r)
		counts[resp.Status]++
		fmt.Printf("%-5s %-10s => %+v\n", r.Method, r.Path, resp)
	}
	fmt.Println("log:")
	for _, l := range log {
		fmt.Println("  " + l)
	}
	codes := make([]int, 0, len(counts))
	for c := range counts {
		codes = append(codes, c)
	}
	sort.Ints(codes)
	for _, c := range codes {
		fmt.Printf("status %d x%d\n", c, counts[c])
	}
	fmt.Println(counts)
	fmt.Printf("%T\n", h)
}
