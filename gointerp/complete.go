package gointerp

import (
	"go/parser"
	"go/scanner"
	"go/token"
	"path"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/spargo-kernel/spargo/gointerp/stdlib"

	"github.com/spargo-kernel/spargo/kernel"
)

var goKeywords = []string{
	"break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough",
	"for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
	"return", "select", "struct", "switch", "type", "var",
	"append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make",
	"max", "min", "new", "panic", "print", "println", "real", "recover",
	"bool", "byte", "complex128", "complex64", "error", "float32", "float64", "int", "int16",
	"int32", "int64", "int8", "rune", "string", "uint", "uint16", "uint32", "uint64", "uint8",
	"uintptr", "any", "true", "false", "nil", "iota",
}

// byteOffset converts a code point offset (the protocol's unit) to bytes.
func byteOffset(s string, cp int) int {
	i := 0
	for n := 0; n < cp && i < len(s); n++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}

func isIdentRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordAt returns the identifier ending at byte offset end, and the
// qualifier before it when it follows "qual.".
func wordAt(code string, end int) (qual, word string, start int) {
	start = end
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(code[:start])
		if !isIdentRune(r) {
			break
		}
		start -= size
	}
	word = code[start:end]
	if start > 0 && code[start-1] == '.' {
		q := start - 1
		for q > 0 {
			r, size := utf8.DecodeLastRuneInString(code[:q])
			if !isIdentRune(r) {
				break
			}
			q -= size
		}
		qual = code[q : start-1]
	}
	return qual, word, start
}

// Complete completes package members (pkg.Pr -> Print...) and names:
// those declared by earlier cells, imported packages, stdlib packages,
// keywords and builtins.
func (in *Interp) Complete(code string, cursor int) kernel.Completion {
	end := byteOffset(code, cursor)
	qual, word, start := wordAt(code, end)
	var cands []string
	if qual != "" {
		cands = in.members(qual)
	} else {
		for n := range in.globals {
			cands = append(cands, n)
		}
		for n := range in.imports {
			if !strings.HasPrefix(n, "_") && n != rtName {
				cands = append(cands, n)
			}
		}
		for n := range stdlibByName {
			cands = append(cands, n)
		}
		cands = append(cands, goKeywords...)
	}
	seen := map[string]bool{}
	matches := []string{}
	for _, c := range cands {
		if strings.HasPrefix(c, word) && !seen[c] {
			seen[c] = true
			matches = append(matches, c)
		}
	}
	sort.Strings(matches)
	startCP := utf8.RuneCountInString(code[:start])
	return kernel.Completion{Matches: matches, CursorStart: startCP, CursorEnd: cursor}
}

// members lists the exported names of the package bound to name, or the
// fields and methods of the variable called name.
func (in *Interp) members(name string) []string {
	if in.globals[name] {
		return in.valueMembers(name)
	}
	p := in.imports[name]
	if p == "" {
		p, _ = in.packageByName(name)
	}
	if p == "" {
		return nil
	}
	syms := stdlib.Symbols[p+"/"+path.Base(p)]
	if syms == nil {
		syms = stdlib.Symbols[p+"/"+name]
	}
	if p == "spargo/display" {
		return []string{"HTML", "Markdown", "Text", "SVG", "PNG", "JPEG", "JSON", "Image", "Data", "Clear", "Input", "Password", "NewDisplay", "Display", "Bundle", "HTMLBundle", "ImageBundle"}
	}
	out := make([]string, 0, len(syms))
	for s := range syms {
		if !strings.HasPrefix(s, "_") {
			out = append(out, s)
		}
	}
	return out
}

// IsComplete drives the console's continuation prompts: open brackets or
// an unterminated raw string mean more input is coming.
func (in *Interp) IsComplete(code string) (string, string) {
	trimmed := strings.TrimSpace(code)
	if trimmed == "" || strings.HasPrefix(trimmed, "%") {
		return "complete", ""
	}
	fset := token.NewFileSet()
	f := fset.AddFile("", -1, len(code))
	var s scanner.Scanner
	unterminated := false
	s.Init(f, []byte(code), func(_ token.Position, msg string) {
		if strings.Contains(msg, "not terminated") {
			unterminated = true
		}
	}, 0)
	depth := 0
	for {
		_, tok, _ := s.Scan()
		if tok == token.EOF {
			break
		}
		switch tok {
		case token.LPAREN, token.LBRACE, token.LBRACK:
			depth++
		case token.RPAREN, token.RBRACE, token.RBRACK:
			depth--
			if depth < 0 {
				return "invalid", ""
			}
		}
	}
	if unterminated {
		return "incomplete", ""
	}
	if depth > 0 {
		return "incomplete", strings.Repeat("\t", depth)
	}
	if parses(code) {
		return "complete", ""
	}
	return "invalid", ""
}

// parses reports whether code parses as Go declarations or statements,
// or as a cell the kernel can split into them.
func parses(code string) bool {
	chunks, err := splitCell(code)
	if err != nil {
		return false
	}
	fset := token.NewFileSet()
	for _, c := range chunks {
		if c.kind != kindStmt {
			if _, err := parser.ParseFile(fset, "", "package p\n"+c.src, 0); err != nil {
				return false
			}
			continue
		}
		if _, err := parseStmts(c.src, 0); err != nil {
			return false
		}
	}
	return true
}

// valueMembers lists the exported fields and methods of a session variable,
// read by reflection on its value (methods of types declared in cells are
// not visible to reflection, their fields are).
func (in *Interp) valueMembers(name string) []string {
	in.evalLock.Lock()
	defer in.evalLock.Unlock()
	v, ok := in.callOnGlobal("Members", name)
	if !ok {
		return nil
	}
	names, _ := v.Interface().([]string)
	return names
}
