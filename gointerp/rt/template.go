package rt

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"text/template"
	"text/template/parse"
)

// Methods of a cell's types in text/template. The template package finds
// a method by reflect, which sees none on the interpreter's types, so
// `{{.Total}}` on an Invoice with a Total method failed ("can't evaluate
// field Total in type struct {...}"). Before a template runs (the cell
// calls it through Templated), its parse trees are rewritten
// once: each field chain (`.Total`, `$inv.Customer.Name`, `(x).Name`)
// becomes a call of the function spargo_get, and a method call with
// arguments (`.Price 2`) one of spargo_call. These resolve each name as
// the template package would, calling a method of a cell's type through
// the cell's function that knows them (TemplateMethods), a method of a
// compiled type through reflect, then a field or a map key.

// TemplateMethods calls method name of v, a value of a cell's type, with
// args; ok is false when v's type has no such method. show asks for the
// result's String method's result where it has one (the template prints
// it). The name "" gives v's type's name.
type TemplateMethods func(v any, name string, args []any, show bool) (result any, ok bool, err error)

// rewritten marks the templates whose trees have been rewritten.
var rewritten sync.Map // *parse.Tree → bool

// Templated rewrites t's trees (once each) and binds their functions to
// methods, then returns t, for Templated(t, m).Execute(w, data).
func Templated(t *template.Template, methods TemplateMethods) *template.Template {
	if t == nil {
		return t
	}
	r := resolver{methods: methods}
	t.Funcs(template.FuncMap{"spargo_get": r.get, "spargo_show": r.show, "spargo_call": r.call})
	for _, tt := range t.Templates() {
		rewriteTree(tt.Tree)
	}
	return t
}

// rewriteTree rewrites tree, once.
func rewriteTree(tree *parse.Tree) {
	if tree == nil || tree.Root == nil {
		return
	}
	if _, done := rewritten.LoadOrStore(tree, true); !done {
		rewriteList(tree.Root)
	}
}

// resolver resolves names on values for the rewritten templates.
type resolver struct{ methods TemplateMethods }

// get follows the names from v: each a method without arguments, a field
// or a map key, as the template package resolves them.
func (r resolver) get(v any, names ...string) (any, error) {
	for _, n := range names {
		var err error
		if v, err = r.resolve(v, n, nil, false); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// show is get where the template prints the result: the last value of a
// cell's type with a String method is that method's result.
func (r resolver) show(v any, names ...string) (any, error) {
	for i, n := range names {
		var err error
		if v, err = r.resolve(v, n, nil, i == len(names)-1); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// call resolves the method name of v with args.
func (r resolver) call(v any, name string, args ...any) (any, error) {
	return r.resolve(v, name, args, false)
}

// resolve resolves name on v with args: a method (of a cell's type, then
// a compiled one), or, without args, a field or a map key.
func (r resolver) resolve(v any, name string, args []any, show bool) (any, error) {
	if v == nil {
		return nil, fmt.Errorf("nil data; no entry for key %q", name)
	}
	// (an element of a []Shape is yaegi's interface value, its value inside)
	if held, ok := heldValue(reflect.ValueOf(v)); ok && held.IsValid() && held.CanInterface() {
		v = held.Interface()
	}
	if r.methods != nil {
		if res, ok, err := r.methods(Interpreted(v), name, args, show); ok {
			return res, err
		}
	}
	rv := reflect.ValueOf(v)
	if m := rv.MethodByName(name); m.IsValid() {
		return callMethod(m, name, args)
	}
	for rv.Kind() == reflect.Pointer || rv.Kind() == reflect.Interface {
		if rv.IsNil() {
			return nil, fmt.Errorf("nil pointer evaluating %s.%s", rv.Type(), name)
		}
		rv = rv.Elem()
	}
	if len(args) > 0 {
		return nil, fmt.Errorf("%s has arguments but cannot be invoked as function", name)
	}
	switch rv.Kind() {
	case reflect.Struct:
		if f, ok := rv.Type().FieldByName(name); ok && fieldName(f) == name && f.IsExported() {
			return rv.FieldByIndex(f.Index).Interface(), nil
		}
	case reflect.Map:
		if rv.Type().Key().Kind() == reflect.String {
			e := rv.MapIndex(reflect.ValueOf(name).Convert(rv.Type().Key()))
			if !e.IsValid() {
				return nil, nil // the template prints <no value>
			}
			return e.Interface(), nil
		}
	}
	return nil, fmt.Errorf("can't evaluate field %s in type %s", name, r.typeName(v, rv))
}

// typeName names v's type as the template package does in its errors:
// a cell's type by its name, which the cell's function knows.
func (r resolver) typeName(v any, rv reflect.Value) string {
	if r.methods != nil {
		if name, ok, _ := r.methods(Interpreted(v), "", nil, false); ok {
			if s, isString := name.(string); isString {
				return s
			}
		}
	}
	if !rv.IsValid() {
		return "<nil>"
	}
	return rv.Type().String()
}

// callMethod calls m, a compiled type's method, with args converted to
// its parameters.
func callMethod(m reflect.Value, name string, args []any) (any, error) {
	mt := m.Type()
	if mt.NumIn() != len(args) && !mt.IsVariadic() {
		return nil, fmt.Errorf("wrong number of args for %s: want %d got %d", name, mt.NumIn(), len(args))
	}
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		pt := mt.In(min(i, mt.NumIn()-1))
		if mt.IsVariadic() && i >= mt.NumIn()-1 {
			pt = pt.Elem()
		}
		av := reflect.ValueOf(a)
		if !av.IsValid() {
			av = reflect.Zero(pt)
		} else if av.Type() != pt && av.Type().ConvertibleTo(pt) {
			av = av.Convert(pt)
		}
		in[i] = av
	}
	out := m.Call(in)
	if len(out) == 2 {
		if err, _ := out[1].Interface().(error); err != nil {
			return nil, err
		}
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out[0].Interface(), nil
}

// rewriteList rewrites the nodes of a list.
func rewriteList(l *parse.ListNode) {
	if l == nil {
		return
	}
	for _, n := range l.Nodes {
		rewriteNode(n)
	}
}

// rewriteNode rewrites the pipelines in n and below.
func rewriteNode(n parse.Node) {
	switch x := n.(type) {
	case *parse.ActionNode:
		rewritePipe(x.Pipe, len(x.Pipe.Decl) == 0)
	case *parse.IfNode:
		rewriteBranch(&x.BranchNode)
	case *parse.RangeNode:
		rewriteBranch(&x.BranchNode)
	case *parse.WithNode:
		rewriteBranch(&x.BranchNode)
	case *parse.TemplateNode:
		rewritePipe(x.Pipe, false)
	case *parse.ListNode:
		rewriteList(x)
	}
}

func rewriteBranch(b *parse.BranchNode) {
	rewritePipe(b.Pipe, false)
	rewriteList(b.List)
	rewriteList(b.ElseList)
}

// rewritePipe rewrites each command of p: a method call with arguments
// becomes spargo_call, and each field chain among the arguments
// spargo_get, or spargo_show where the value is printed: the last
// command's lone chain of a printed pipeline, and the arguments of print,
// println and of printf with a format of %v, %s and %q verbs only.
func rewritePipe(p *parse.PipeNode, printed bool) {
	if p == nil {
		return
	}
	for i, c := range p.Cmds {
		if len(c.Args) > 1 {
			if recv, name, ok := chainParts(c.Args[0]); ok {
				c.Args = append([]parse.Node{ident(c, "spargo_call"), recv, str(c, name)}, c.Args[1:]...)
				for i := 3; i < len(c.Args); i++ {
					c.Args[i] = rewriteArg(c.Args[i], false)
				}
				continue
			}
		}
		show := printed && i == len(p.Cmds)-1 && len(c.Args) == 1 || printsArgs(c)
		for i, a := range c.Args {
			c.Args[i] = rewriteArg(a, show)
		}
	}
}

// stringVerbs matches a format whose verbs all print strings as they are.
var stringVerbs = regexp.MustCompile(`^([^%]|%%|%[-+# 0-9.]*[vsq])*$`)

// printsArgs reports whether c is a call of print, println, or printf with
// a literal format of %v, %s and %q verbs.
func printsArgs(c *parse.CommandNode) bool {
	id, ok := c.Args[0].(*parse.IdentifierNode)
	if !ok {
		return false
	}
	switch id.Ident {
	case "print", "println":
		return true
	case "printf":
		f, ok := c.Args[1%len(c.Args)].(*parse.StringNode)
		return ok && len(c.Args) > 1 && stringVerbs.MatchString(f.Text)
	}
	return false
}

// rewriteArg is a as an argument: a field chain as a call of spargo_get
// (spargo_show where show).
func rewriteArg(a parse.Node, show bool) parse.Node {
	fn := "spargo_get"
	if show {
		fn = "spargo_show"
	}
	switch x := a.(type) {
	case *parse.PipeNode:
		rewritePipe(x, false)
		return x
	case *parse.FieldNode:
		return getter(fn, x, &parse.DotNode{NodeType: parse.NodeDot, Pos: x.Pos}, x.Ident)
	case *parse.VariableNode:
		if len(x.Ident) > 1 {
			v := &parse.VariableNode{NodeType: parse.NodeVariable, Pos: x.Pos, Ident: x.Ident[:1]}
			return getter(fn, x, v, x.Ident[1:])
		}
	case *parse.ChainNode:
		return getter(fn, x, rewriteArg(x.Node, false), x.Field)
	}
	return a
}

// chainParts splits a, the head of a command with arguments, into the
// receiver and the method's name.
func chainParts(a parse.Node) (recv parse.Node, name string, ok bool) {
	switch x := a.(type) {
	case *parse.FieldNode:
		dot := parse.Node(&parse.DotNode{NodeType: parse.NodeDot, Pos: x.Pos})
		if len(x.Ident) > 1 {
			dot = getter("spargo_get", x, dot, x.Ident[:len(x.Ident)-1])
		}
		return dot, x.Ident[len(x.Ident)-1], true
	case *parse.VariableNode:
		if len(x.Ident) < 2 {
			return nil, "", false
		}
		v := parse.Node(&parse.VariableNode{NodeType: parse.NodeVariable, Pos: x.Pos, Ident: x.Ident[:1]})
		if len(x.Ident) > 2 {
			v = getter("spargo_get", x, v, x.Ident[1:len(x.Ident)-1])
		}
		return v, x.Ident[len(x.Ident)-1], true
	case *parse.ChainNode:
		recv := rewriteArg(x.Node, false)
		if len(x.Field) > 1 {
			recv = getter("spargo_get", x, recv, x.Field[:len(x.Field)-1])
		}
		return recv, x.Field[len(x.Field)-1], true
	}
	return nil, "", false
}

// getter is the pipeline (fn recv "a" "b"...).
func getter(fn string, at parse.Node, recv parse.Node, names []string) parse.Node {
	cmd := &parse.CommandNode{NodeType: parse.NodeCommand, Pos: at.Position()}
	cmd.Args = []parse.Node{ident(at, fn), recv}
	for _, n := range names {
		cmd.Args = append(cmd.Args, str(at, n))
	}
	return &parse.PipeNode{NodeType: parse.NodePipe, Pos: at.Position(), Cmds: []*parse.CommandNode{cmd}}
}

func ident(at parse.Node, name string) parse.Node {
	return parse.NewIdentifier(name).SetPos(at.Position())
}

func str(at parse.Node, s string) parse.Node {
	return &parse.StringNode{NodeType: parse.NodeString, Pos: at.Position(), Quoted: fmt.Sprintf("%q", s), Text: s}
}

// callNote matches the part of a template's error that names a rewritten
// node: `<spargo_get $inv "Total">: error calling spargo_get: `.
var callNote = regexp.MustCompile(`<spargo_(?:get|show|call) (\S+)((?: "[^"]*")*)[^>]*>: error calling spargo_(?:get|show|call): `)

// TemplateError is err, a template's error, with the rewritten nodes it
// names written as the template wrote them (`<$inv.Total>: `).
func TemplateError(err error) error {
	if err == nil || !strings.Contains(err.Error(), "spargo_") {
		return err
	}
	msg := callNote.ReplaceAllStringFunc(err.Error(), func(m string) string {
		sub := callNote.FindStringSubmatch(m)
		recv, names := sub[1], strings.ReplaceAll(strings.ReplaceAll(sub[2], " \"", "."), "\"", "")
		if recv == "." {
			recv = ""
		}
		return "<" + recv + names + ">: "
	})
	var ee template.ExecError
	if errors.As(err, &ee) {
		return template.ExecError{Name: ee.Name, Err: errors.New(msg)}
	}
	return errors.New(msg)
}
