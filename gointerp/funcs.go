package gointerp

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"regexp"
	"strings"
)

// liftFuncs makes a redefined function reach code compiled before it. yaegi
// binds a call to the function that existed when the caller was compiled,
// so each top-level function (not a method, not generic) becomes a session
// variable of func type, assigned in place: `func f(x int) int { ... }`
// runs as `var f func(x int) int` (hoisted before the cell's first
// function, so functions of one cell may call each other) and
// `f = func(x int) int { ... }` on the same lines. Redefining f with the
// same signature assigns the variable again, so earlier callers see the new
// body; a new signature declares a new variable, and earlier callers keep
// the old function, as they were compiled against its type. The returned
// signatures are recorded once the cell has run (noteFuncs).
func (in *Interp) liftFuncs(body []chunk, types map[string]int, onlyDecls bool) (lifted []chunk, sigs map[string]string) {
	var out, vars []chunk
	sigs = map[string]string{}
	first := -1
	assigned := map[int]bool{} // indexes in out of the assignments
	for _, c := range body {
		name, sig, start, ok := plainFunc(c)
		if !ok {
			out = append(out, c)
			continue
		}
		if first < 0 {
			first = len(out)
		}
		key := in.sigKey(sig, types)
		if in.funcSigs[name] != key {
			vars = append(vars, chunk{kind: kindDecl, src: "var " + name + " func" + unnamed(sig), line: c.line, col: 1})
		}
		sigs[name] = key
		// "func name(" becomes "name = func(" on the same line.
		src := c.src[:start] + name + " = func" + c.src[start+len("func "+name):]
		assigned[len(out)] = true
		out = append(out, chunk{kind: kindStmt, src: src, line: c.line, col: c.col})
	}
	if first < 0 {
		return body, sigs
	}
	if !onlyDecls {
		return runsInOrder(out, vars, assigned, first), sigs
	}
	// A cell of declarations only: types and consts, then the function
	// variables, then their assignments (order does not matter to Go).
	var decls, assigns []chunk
	for _, c := range out {
		if c.kind == kindDecl && !isInit(c) {
			decls = append(decls, c)
		} else {
			assigns = append(assigns, c)
		}
	}
	return append(append(decls, vars...), assigns...), sigs
}

// runsInOrder orders each run of declarations and function assignments
// (up to the next statement) of a cell that runs statements: its types,
// then, in the run of the first function, the function variables (whose
// signatures may name those types), then its other declarations (methods,
// functions not lifted, which the assignments' bodies may call), then the
// assignments. Go sees every declaration of a file everywhere; a cell's
// runs are evaluated in order.
func runsInOrder(out, vars []chunk, assigned map[int]bool, first int) []chunk {
	var res []chunk
	for i := 0; i < len(out); {
		if out[i].kind != kindDecl && !assigned[i] {
			res = append(res, out[i])
			i++
			continue
		}
		end := i
		for end < len(out) && (out[end].kind == kindDecl || assigned[end]) {
			end++
		}
		var types, decls, assigns []chunk
		for k := i; k < end; k++ {
			switch {
			case assigned[k] || isInit(out[k]):
				assigns = append(assigns, out[k])
			case strings.HasPrefix(out[k].src, "type"):
				types = append(types, out[k])
			default:
				decls = append(decls, out[k])
			}
		}
		res = append(res, types...)
		if i <= first && first < end {
			res = append(res, vars...)
		}
		res = append(append(res, decls...), assigns...)
		i = end
	}
	return res
}

// isInit reports whether c declares an init function. It runs when it is
// declared, so it goes after the assignments of the cell's functions
// (liftFuncs), which it may call (a plugin registry's Register).
func isInit(c chunk) bool {
	return c.kind == kindDecl && strings.HasPrefix(c.src, "func init()")
}

// plainFunc reports whether c is a top-level function declaration without
// receiver or type parameters, returning its name, its signature text
// ("(x int) int") and the offset of "func".
func plainFunc(c chunk) (name, sig string, start int, ok bool) {
	if c.kind != kindDecl || !strings.HasPrefix(c.src, "func ") {
		return "", "", 0, false
	}
	fset := token.NewFileSet()
	const prefix = "package p\n"
	f, err := parser.ParseFile(fset, "", prefix+c.src, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) != 1 {
		return "", "", 0, false
	}
	fd, isFunc := f.Decls[0].(*ast.FuncDecl)
	if !isFunc || fd.Recv != nil || fd.Type.TypeParams != nil || fd.Body == nil ||
		fd.Name.Name == "init" || fd.Name.Name == "_" || fd.Name.Name == "main" {
		return "", "", 0, false
	}
	if redeclaresParam(fd) || recovers(fd) {
		return "", "", 0, false
	}
	off := func(p token.Pos) int { return fset.Position(p).Offset - len(prefix) }
	sig = c.src[off(fd.Type.Params.Pos()):off(fd.Type.End())]
	// Only the canonical "func name(" spelling is rewritten.
	if !strings.HasPrefix(c.src[off(fd.Type.Func):], "func "+fd.Name.Name+"(") {
		return "", "", 0, false
	}
	return fd.Name.Name, sig, off(fd.Type.Func), true
}

// redeclaresParam reports whether fd's body redeclares a parameter or
// named result with := at its top level (`a, s := f()` with result s,
// which then assigns s). yaegi gets this right in a declaration but
// declares a new s in a function literal, so such a function is not
// lifted.
func redeclaresParam(fd *ast.FuncDecl) bool {
	params := map[string]bool{}
	for _, fl := range []*ast.FieldList{fd.Type.Params, fd.Type.Results} {
		if fl == nil {
			continue
		}
		for _, f := range fl.List {
			for _, n := range f.Names {
				params[n.Name] = true
			}
		}
	}
	for _, st := range fd.Body.List {
		if as, ok := st.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			for _, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok && params[id.Name] {
					return true
				}
			}
		}
	}
	return false
}

// recovers reports whether fd's body calls recover itself (not in a
// function literal). yaegi's recover reads the panic from the frame that
// encloses the deferred function: a declared function called by
// `defer catch()` finds the panicking caller there, a function literal in
// a session variable finds the session's frame, so recover returned nil
// and the panic went on. Such a function is not lifted.
func recovers(fd *ast.FuncDecl) bool {
	found := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if id, ok := x.Fun.(*ast.Ident); ok && id.Name == "recover" && len(x.Args) == 0 {
				found = true
			}
		}
		return !found
	})
	return found
}

// sigKey identifies a signature including the versions of the types it
// names, so a function is redeclared when a type in its signature was.
func (in *Interp) sigKey(sig string, types map[string]int) string {
	key := strings.Join(strings.Fields(sig), " ")
	for _, w := range identRE.FindAllString(sig, -1) {
		v, ok := types[w]
		if !ok {
			v, ok = in.typeVersions[w]
		}
		if ok {
			key += fmt.Sprintf(" %s@%d", w, v)
		}
	}
	return key
}

var identRE = regexp.MustCompile(`[\pL_][\pL\pN_]*`)

// noteFuncs records the signatures of functions a cell lifted.
func (in *Interp) noteFuncs(sigs map[string]string) {
	for name, sig := range sigs {
		in.funcSigs[name] = sig
	}
}

// typeDeclRE matches a single, non-generic, non-alias type declaration.
var typeDeclRE = regexp.MustCompile(`^type\s+([\pL_][\pL\pN_]*)\s+([^=\[\s(])`)

// liftTypes lets a cell redefine a type (say, a struct with new fields).
// yaegi silently keeps the first definition, so a redefinition of T is
// declared as a new type T_vN with T made an alias of it, on the same line.
// Values and functions from before keep the old type; new code, and methods
// declared from then on, use the new one. The returned versions are
// recorded once the cell has run (noteTypes).
func (in *Interp) liftTypes(body []chunk) ([]chunk, map[string]int) {
	versions := map[string]int{}
	out := make([]chunk, len(body))
	for i, c := range body {
		out[i] = c
		m := typeDeclRE.FindStringSubmatchIndex(c.src)
		if c.kind != kindDecl || m == nil {
			continue
		}
		name := c.src[m[2]:m[3]]
		v, seen := in.typeVersions[name]
		if !seen {
			versions[name] = 1
			continue
		}
		v++
		versions[name] = v
		hidden := fmt.Sprintf("%s_v%d", name, v)
		// The methods embeddedMethods wrote after the type are the new
		// type's, declared before the alias is.
		rest := strings.ReplaceAll(c.src[m[3]:], "(spargo_s "+name+")", "(spargo_s "+hidden+")")
		out[i].src = c.src[:m[2]] + hidden + rest + "; type " + name + " = " + hidden
	}
	return out, versions
}

// noteTypes records the type versions a cell defined.
func (in *Interp) noteTypes(versions map[string]int) {
	for name, v := range versions {
		in.typeVersions[name] = v
	}
}

// mainName is what cells' main is called in the interpreter: yaegi runs a
// function named main after every later Eval once it is defined, and a
// notebook's main should run only when called.
const mainName = "spargo_main"

// renameIdents renames, in src, the identifier main (not a selector's
// member) to mainName, and calls of the builtins print and println to the
// runtime's versions (yaegi's print like fmt, to stdout; Go's format like
// the runtime, to stderr), unless the session declares its own. recover()
// passes a non-nil value through rt.Recovered (see there).
func renameIdents(src string, declared func(string) bool) string {
	if !strings.Contains(src, "main") && !strings.Contains(src, "print") && !strings.Contains(src, "recover") {
		return src
	}
	fset := token.NewFileSet()
	f := fset.AddFile("", -1, len(src))
	var s scanner.Scanner
	s.Init(f, []byte(src), nil, 0)
	var b strings.Builder
	last, prev := 0, token.ILLEGAL
	var pendingOff int
	pending := ""
	recoverAt, recoverState := 0, 0 // `recover` seen (1), then `(` (2)
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		switch {
		case recoverState == 1 && tok == token.LPAREN:
			recoverState = 2
		case recoverState == 2 && tok == token.RPAREN:
			o := f.Offset(pos) + 1
			// (yaegi mishandles a nil interface returned by a binary function)
			b.WriteString(src[last:recoverAt] + "func(r any) any { if r != nil { r = " + rtName + ".Recovered(r) }; return r }(" +
				src[recoverAt:o] + ")")
			last, recoverState = o, 0
		default:
			recoverState = 0
		}
		if tok == token.IDENT && lit == "recover" && prev != token.PERIOD && prev != token.FUNC && !declared(lit) {
			recoverAt, recoverState = f.Offset(pos), 1
		}
		if pending != "" && tok == token.LPAREN {
			b.WriteString(src[last:pendingOff] + rtName + "." + pending)
			last = pendingOff + len(strings.ToLower(pending))
		}
		pending = ""
		if tok == token.IDENT && prev != token.PERIOD && prev != token.PACKAGE {
			switch {
			case lit == "main":
				o := f.Offset(pos)
				b.WriteString(src[last:o] + mainName)
				last = o + len("main")
			case (lit == "print" || lit == "println") && prev != token.FUNC && !declared(lit):
				pending, pendingOff = map[string]string{"print": "Print", "println": "Println"}[lit], f.Offset(pos)
			}
		}
		prev = tok
	}
	b.WriteString(src[last:])
	return b.String()
}

// unnamed drops the parameter and result names of a signature
// ("(xs ...float64) (n int)" gives "(...float64) (int)"): yaegi reports a
// "variable definition loop" for `var f func(xs []int)` when the session
// has a variable xs.
func unnamed(sig string) string {
	e, err := parser.ParseExpr("func" + sig)
	ft, ok := e.(*ast.FuncType)
	if err != nil || !ok {
		return sig
	}
	src := "func" + sig
	list := func(fl *ast.FieldList) string {
		var parts []string
		for _, f := range fl.List {
			t := src[int(f.Type.Pos())-1 : int(f.Type.End())-1]
			for range max(1, len(f.Names)) {
				parts = append(parts, t)
			}
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	out := list(ft.Params)
	if ft.Results != nil {
		out += " " + list(ft.Results)
	}
	return out
}
