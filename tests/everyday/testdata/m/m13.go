package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var ErrUnderflow = errors.New("stack underflow")

type VM struct {
	stack []int
	loops []int
	words map[string][]string
	prims map[string]func(vm *VM)
	out   strings.Builder
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }
func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic(ErrUnderflow)
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

var flag = map[bool]int{true: -1, false: 0} // Forth truth values

func NewVM() *VM {
	bin := func(f func(a, b int) int) func(*VM) {
		return func(vm *VM) { b, a := vm.pop(), vm.pop(); vm.push(f(a, b)) }
	}
	return &VM{
		words: map[string][]string{},
		prims: map[string]func(*VM){
			"+":    bin(func(a, b int) int { return a + b }),
			"-":    bin(func(a, b int) int { return a - b }),
			"*":    bin(func(a, b int) int { return a * b }),
			"mod":  bin(func(a, b int) int { return a % b }),
			"=":    bin(func(a, b int) int { return flag[a == b] }),
			"<":    bin(func(a, b int) int { return flag[a < b] }),
			"dup":  func(vm *VM) { v := vm.pop(); vm.push(v); vm.push(v) },
			"drop": func(vm *VM) { vm.pop() },
			"swap": func(vm *VM) { b, a := vm.pop(), vm.pop(); vm.push(b); vm.push(a) },
			"over": func(vm *VM) { b, a := vm.pop(), vm.pop(); vm.push(a); vm.push(b); vm.push(a) },
			".":    func(vm *VM) { fmt.Fprintf(&vm.out, "%d ", vm.pop()) },
			"emit": func(vm *VM) { vm.out.WriteByte(byte(vm.pop())) },
			"cr":   func(vm *VM) { vm.out.WriteByte('\n') },
			"i":    func(vm *VM) { vm.push(vm.loops[len(vm.loops)-1]) },
		},
	}
}

// scan finds the first of targets at nesting depth zero, starting after from.
func scan(toks []string, from int, open, close string, targets ...string) int {
	depth := 0
	for j := from + 1; j < len(toks); j++ {
		switch t := toks[j]; {
		case t == open:
			depth++
		case t == close && depth > 0:
			depth--
		case depth == 0:
			for _, want := range targets {
				if t == want {
					return j
				}
			}
		}
	}
	panic(fmt.Errorf("unbalanced %q", open))
}

func (vm *VM) exec(toks []string) {
	for pc := 0; pc < len(toks); pc++ {
		switch t := toks[pc]; t {
		case "if":
			if vm.pop() == 0 {
				pc = scan(toks, pc, "if", "then", "else", "then")
			}
		case "else":
			pc = scan(toks, pc, "if", "then", "then")
		case "then":
		case "do":
			end := scan(toks, pc, "do", "loop", "loop")
			start, limit := vm.pop(), vm.pop()
			for i := start; i < limit; i++ {
				vm.loops = append(vm.loops, i)
				vm.exec(toks[pc+1 : end])
				vm.loops = vm.loops[:len(vm.loops)-1]
			}
			pc = end
		case ":":
			end := scan(toks, pc, ":", ";", ";")
			vm.words[toks[pc+1]] = toks[pc+2 : end]
			pc = end
		default:
			if body, ok := vm.words[t]; ok {
				vm.exec(body)
			} else if p, ok := vm.prims[t]; ok {
				p(vm)
			} else if n, err := strconv.Atoi(t); err == nil {
				vm.push(n)
			} else {
				panic(fmt.Errorf("unknown word %q", t))
			}
		}
	}
}

func (vm *VM) Interpret(line string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err, _ = r.(error) // our panics and runtime errors all implement error
			vm.stack, vm.loops = nil, nil
		}
	}()
	vm.exec(strings.Fields(line))
	return nil
}

func main() {
	vm := NewVM()
	program := []string{
		": square dup * ;", ": cube dup square * ;", "5 square . 3 cube . cr",
		": abs dup 0 < if -1 * then ;", "-7 abs . 4 abs . cr",
		": sign dup 0 < if drop -1 else 0 = if 0 else 1 then then ;",
		"-9 sign . 0 sign . 12 sign . cr",
		"10 0 do i square . loop cr",
		": fact 1 swap 1 + 1 do i * loop ;", "6 fact . 10 fact . cr",
		": stars 0 do 42 emit loop cr ;", "4 1 do i stars loop",
		": fizz 16 1 do i 15 mod 0 = if 70 emit 66 emit 32 emit else i 3 mod 0 = if 70 emit 32 emit else i 5 mod 0 = if 66 emit 32 emit else i . then then then loop cr ;",
		"fizz", "1 2 + + .", "3 frobnicate", "2 3 over . . . cr",
	}
	for _, line := range program {
		vm.out.Reset()
		err := vm.Interpret(line)
		fmt.Printf("> %s\n", line)
		if s := vm.out.String(); s != "" {
			fmt.Println(strings.TrimSuffix(s, "\n"))
		}
		if err != nil {
			fmt.Printf("  error: %v (underflow=%t)\n", err, errors.Is(err, ErrUnderflow))
		}
	}
	fmt.Printf("defined words: %d, stack depth: %d\n", len(vm.words), len(vm.stack))
}
