package gointerp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"sort"
	"strings"
)

// Package variables of a cell of declarations, which runs as one Go file.
// Go initialises them in dependency order, following references through
// function bodies; yaegi follows only direct references and otherwise
// goes in source order. So
//
//	var first, second = f2()
//	var base = 21
//	func f2() (int, T) { return base * 2, T{base} }
//
// gave 0 and {0} (base was read before it was set), and, f2 being
// declared after the var, yaegi failed: "assignment mismatch: 2 variables
// but f2 returns 0 values". initOrder gives the cell's var specs Go's order
// (go/types' InitOrder) among the places vars hold in the cell, and moves a
// function such a var calls for two or more values up to just before it.
// Other declarations keep their places: yaegi compiles a function that
// uses a var of a func literal's type only after the var.

// initOrder reorders the chunks of a cell evaluated as one file (see
// above). Var blocks are cut into one declaration per spec only when Go's
// order differs from the source's; a cut spec keeps its line and column,
// unless its column leaves no room for the "var " it gets.
func (in *Interp) initOrder(body []chunk) []chunk {
	body = callsBeforeTuples(body)
	if countSpecs(body) < 2 {
		return body
	}
	c, ok := in.checker.check(body, in.imports, in.globalNames())
	if !ok || c.errsInCell() {
		return body // yaegi or the type checker reports the errors later
	}
	var order []token.Pos // the cell's initialised vars, in Go's order
	for _, init := range c.info.InitOrder {
		if pos := init.Lhs[0].Pos(); c.chunkAt(pos) >= 0 {
			order = append(order, pos)
		}
	}
	if sort.SliceIsSorted(order, func(i, j int) bool { return order[i] < order[j] }) {
		return body
	}
	return orderSpecs(c, order)
}

// callsBeforeTuples moves a function declared in the cell up to just before
// the first var that calls it for several values: `var a, b = f()`.
func callsBeforeTuples(body []chunk) []chunk {
	body = append([]chunk(nil), body...)
	for j := 0; j < len(body); j++ {
		d := parseVarDecl(body[j].src)
		if d == nil {
			continue
		}
		for _, s := range d.Specs {
			name := tupleCallee(s.(*ast.ValueSpec))
			for k := j + 1; name != "" && k < len(body); k++ {
				if f, _, _, ok := plainFunc(body[k]); ok && f == name {
					fn := body[k]
					copy(body[j+1:k+1], body[j:k])
					body[j] = fn
					j++
					break
				}
			}
		}
	}
	return body
}

// tupleCallee is the name of the function spec calls for several values.
func tupleCallee(spec *ast.ValueSpec) string {
	if len(spec.Names) < 2 || len(spec.Values) != 1 {
		return ""
	}
	if call, ok := spec.Values[0].(*ast.CallExpr); ok {
		if id, ok := call.Fun.(*ast.Ident); ok {
			return id.Name
		}
	}
	return ""
}

// errsInCell reports whether the type checker found errors in the cell
// (errors elsewhere in its file are about the kernel's own imports).
func (c *checked) errsInCell() bool {
	for _, e := range c.errs {
		if c.chunkAt(e.Pos) >= 0 {
			return true
		}
	}
	return false
}

// countSpecs counts the specs of var declarations.
func countSpecs(body []chunk) int {
	n := 0
	for _, c := range body {
		if d := parseVarDecl(c.src); d != nil {
			n += len(d.Specs)
		}
	}
	return n
}

// orderSpecs cuts the var chunks of the checked body into one chunk per
// spec and deals them out to the places the specs held, in Go's order:
// specs without initialisers first, then by the place of their first
// variable in order.
func orderSpecs(c *checked, order []token.Pos) []chunk {
	rank := map[int]int{} // offset in the file of a var's name -> place in order
	for i, pos := range order {
		rank[int(pos)-c.base] = i + 1
	}
	type spec struct {
		chunk
		rank int
	}
	var specs []spec
	var out []chunk
	var places []int // indexes in out that specs fill
	for i, ch := range c.body {
		d := parseVarDecl(ch.src)
		if d == nil {
			out = append(out, ch)
			continue
		}
		for _, s := range d.Specs {
			vs := s.(*ast.ValueSpec)
			r := len(order) + 1
			for _, name := range vs.Names {
				if x, ok := rank[c.starts[i]+int(name.Pos())-varPrefixLen-1]; ok && x < r {
					r = x
				}
			}
			if len(vs.Values) == 0 {
				r = 0
			}
			start, end := int(vs.Pos())-varPrefixLen-1, int(vs.End())-varPrefixLen-1
			specs = append(specs, spec{specChunk(ch, start, end), r})
			places = append(places, len(out))
			out = append(out, chunk{})
		}
	}
	sort.SliceStable(specs, func(i, j int) bool { return specs[i].rank < specs[j].rank })
	for i, at := range places {
		out[at] = specs[i].chunk
	}
	return out
}

// varPrefix makes a var chunk's source a file for the parser.
const varPrefix = "package p\n"
const varPrefixLen = len(varPrefix)

// parseVarDecl parses a var chunk's source, or returns nil.
func parseVarDecl(src string) *ast.GenDecl {
	f, err := parser.ParseFile(token.NewFileSet(), "", varPrefix+src, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) != 1 {
		return nil
	}
	d, ok := f.Decls[0].(*ast.GenDecl)
	if !ok || d.Tok != token.VAR {
		return nil
	}
	return d
}

// specChunk is the spec at src[start:end] of var chunk v as a declaration
// of its own, at the spec's cell line and column.
func specChunk(v chunk, start, end int) chunk {
	before := v.src[:start]
	line := v.line + strings.Count(before, "\n")
	col := start - strings.LastIndex(before, "\n") // 1-based within its line
	if !strings.Contains(before, "\n") {
		col = v.col + start
	}
	col -= len("var ")
	if col < 1 {
		col = 1
	}
	return chunk{kind: v.kind, src: "var " + v.src[start:end], line: line, col: col}
}
