package main

import (
	"fmt"
	"strings"
)

type Handler interface {
	Handle(req string) string
}

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(req string) string { return f(req) }

type Middleware func(Handler) Handler

func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func Tag(name string, log *[]string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(req string) string {
			*log = append(*log, "enter "+name)
			defer func() { *log = append(*log, "exit "+name) }()
			return "<" + name + ">" + next.Handle(req) + "</" + name + ">"
		})
	}
}

type Greeter struct{ greeting string }

func (g Greeter) Greet(name string) string { return g.greeting + ", " + name }
func (g *Greeter) Set(s string)            { g.greeting = s }

func main() {
	var log []string
	h := Chain(HandlerFunc(strings.ToUpper), Tag("a", &log), Tag("b", &log))
	fmt.Println(h.Handle("hi"))
	fmt.Println(log)

	g := Greeter{"hello"}
	greet := g.Greet // method value binds a copy of g now
	set := g.Set     // binds &g
	set("hey")
	fmt.Println(greet("ann"), "|", g.Greet("ann"))

	byExpr := Greeter.Greet // method expression
	fmt.Println(byExpr(Greeter{"yo"}, "bob"))
	setExpr := (*Greeter).Set
	setExpr(&g, "hola")
	fmt.Println(g.greeting)
	fmt.Printf("%T\n%T\n", byExpr, setExpr)

	funcs := map[string]func(string) string{
		"upper": strings.ToUpper,
		"greet": g.Greet,
		"trim":  strings.TrimSpace,
		"twice": func(s string) string { return s + s },
	}
	order := []string{"trim", "twice", "upper", "greet"}
	s := "  go "
	for _, k := range order {
		s = funcs[k](s)
		fmt.Printf("%-6s -> %q\n", k, s)
	}

	var hf HandlerFunc = func(s string) string { return strings.Repeat(s, 3) }
	var hi Handler = hf
	fmt.Println(hi.Handle("ab"), hf("x"))
	if _, ok := hi.(HandlerFunc); ok {
		fmt.Println("hi holds a HandlerFunc")
	}
}
