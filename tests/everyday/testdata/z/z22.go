package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Instr struct {
	Op  string
	Arg int
}

type VM struct {
	stack  []int
	pc     int
	steps  int
	output []string
}

var ErrStackUnderflow = errors.New("stack underflow")

var arity = map[string]int{"push": 0, "add": 2, "sub": 2, "mul": 2, "div": 2, "swap": 2, "over": 2,
	"dup": 1, "jz": 1, "print": 1, "jmp": 0, "halt": 0}

func (vm *VM) pop() int {
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func Assemble(src string) ([]Instr, error) {
	var prog []Instr
	lines := strings.FieldsFunc(src, func(r rune) bool { return r == '\n' || r == '|' })
	for n, line := range lines {
		line, _, _ = strings.Cut(line, ";")
		f := strings.Fields(strings.ToLower(line))
		if len(f) == 0 {
			continue
		}
		if _, ok := arity[f[0]]; !ok {
			return nil, fmt.Errorf("instr %d: unknown op %q", n+1, f[0])
		}
		in := Instr{Op: f[0]}
		if len(f) > 1 {
			arg, err := strconv.Atoi(f[1])
			if err != nil {
				return nil, fmt.Errorf("instr %d: %w", n+1, err)
			}
			in.Arg = arg
		}
		prog = append(prog, in)
	}
	return prog, nil
}

func (vm *VM) Run(prog []Instr) error {
	for ; vm.pc < len(prog); vm.steps++ {
		if vm.steps >= 1000 {
			return fmt.Errorf("step limit reached at pc=%d", vm.pc)
		}
		in := prog[vm.pc]
		vm.pc++
		n := len(vm.stack)
		if n < arity[in.Op] {
			return fmt.Errorf("pc=%d %+v: %w (have %d)", vm.pc-1, in, ErrStackUnderflow, n)
		}
		switch in.Op {
		case "push":
			vm.stack = append(vm.stack, in.Arg)
		case "add":
			vm.stack = append(vm.stack[:n-2], vm.stack[n-2]+vm.stack[n-1])
		case "sub":
			vm.stack = append(vm.stack[:n-2], vm.stack[n-2]-vm.stack[n-1])
		case "mul":
			vm.stack = append(vm.stack[:n-2], vm.stack[n-2]*vm.stack[n-1])
		case "div":
			if vm.stack[n-1] == 0 {
				return fmt.Errorf("pc=%d: division by zero", vm.pc-1)
			}
			vm.stack = append(vm.stack[:n-2], vm.stack[n-2]/vm.stack[n-1])
		case "dup":
			vm.stack = append(vm.stack, vm.stack[n-1])
		case "over":
			vm.stack = append(vm.stack, vm.stack[n-2])
		case "swap":
			vm.stack[n-1], vm.stack[n-2] = vm.stack[n-2], vm.stack[n-1]
		case "jz":
			if vm.pop() == 0 {
				vm.pc = in.Arg
			}
		case "jmp":
			vm.pc = in.Arg
		case "print":
			vm.output = append(vm.output, strconv.Itoa(vm.stack[n-1]))
		case "halt":
			return nil
		}
	}
	return nil
}

// factorial of 6: stack is [acc n]; prints n each iteration, then acc
const factorial = `push 1 | push 6 | print ; 2: loop
dup | jz 12 | swap | over ; n acc n
mul | swap | push 1 | sub | jmp 2
swap | print | halt ; 12: done`

func main() {
	prog, err := Assemble("push 2\npush 3\nadd\npush 4\nmul\nprint\npush 5\nswap\nsub\nprint\nhalt")
	fmt.Println(len(prog), err, prog)
	vm := &VM{}
	runErr := vm.Run(prog)
	fmt.Println(runErr, vm.output, vm.stack, vm.steps)
	loop, _ := Assemble(factorial)
	vm2 := &VM{}
	err = vm2.Run(loop)
	fmt.Println("factorial:", strings.Join(vm2.output, ","), "err:", err, "steps:", vm2.steps)
	for _, src := range []string{"push 1\nadd", "push 4\npush 0\ndiv", "push 1\njmp 0", "swap", "pop 3", "push x"} {
		p, err := Assemble(src)
		if err != nil {
			fmt.Println("asm error:", err)
			continue
		}
		err = (&VM{}).Run(p)
		fmt.Printf("run error: %v (underflow=%t)\n", err, errors.Is(err, ErrStackUnderflow))
	}
	fmt.Printf("%v|%+v|%#v\n", prog[0], loop[4], loop[len(loop)-1])
}
