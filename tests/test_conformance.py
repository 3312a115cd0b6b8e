"""jupyter_kernel_test conformance suite for the spargo kernel.

KernelTests.setUpClass starts the kernel with start_new_kernel(kernel_name="spargo");
the session-scoped autouse fixture in conftest.py (installing the kernel into a
private JUPYTER_DATA_DIR) is set up before unittest class fixtures run.
"""

from __future__ import annotations

import shutil

import jupyter_kernel_test
from jupyter_client.kernelspec import KernelSpecManager


class SpargoKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "spargo"
    language_name = "go"
    file_extension = ".go"

    code_hello_world = 'import "fmt"\nfmt.Println("hello, world")'
    code_stderr = 'import (\n\t"fmt"\n\t"os"\n)\nfmt.Fprintln(os.Stderr, "oops")'

    completion_samples = [
        {"text": "fmt.Pri", "matches": {"Print", "Printf", "Println"}},
        {"text": "strings.TrimSp", "matches": {"TrimSpace"}},
    ]

    complete_code_samples = [
        'fmt.Println("x")',
        "x := 1",
        "func f() {}",
        "for i := 0; i < 3; i++ {\n\tfmt.Println(i)\n}",
    ]
    incomplete_code_samples = [
        "func f() {",
        "for i := 0; i < 3; i++ {",
        'fmt.Println("a",',
    ]
    invalid_code_samples = [
        "x := )",
        'fmt.Println("a"))',
    ]

    # A compile error: exactly one IOPub output (the error), nothing on stderr.
    code_generate_error = "nosuch + 1"

    code_execute_result = [
        {"code": "6*7", "result": "42"},
        {"code": 'len("spargo")', "result": "6"},
    ]
    # glob (IPython semantics) and substring semantics both select exactly the "6*7" cells
    code_history_pattern = "6*7"
    supported_history_operations = ("tail", "range", "search")

    code_display_data = [
        {"code": 'display.HTML("<b>hi</b>")', "mime": "text/html"},
        {"code": 'display.Markdown("# hi")', "mime": "text/markdown"},
        {"code": 'display.JSON(map[string]any{"a": 1})', "mime": "application/json"},
    ]

    code_inspect_sample = "fmt.Println"
    code_clear_output = "display.Clear(false)"
    # IPython-style help: `name?` puts the doc in the reply's "page" payload.
    code_page_something = "fmt.Println?"

    # ---- spargo-specific additions, run on the same kernel --------------------------

    def test_kernel_info_details(self) -> None:
        self.flush_channels()
        msg_id = self.kc.kernel_info()
        reply = self.kc.get_shell_msg(timeout=15)
        assert reply["parent_header"]["msg_id"] == msg_id
        c = reply["content"]
        self.assertEqual(c["status"], "ok")
        self.assertEqual(c["protocol_version"], "5.4")
        li = c["language_info"]
        self.assertEqual(li["name"], "go")
        self.assertEqual(li["mimetype"], "text/x-go")
        self.assertEqual(li["file_extension"], ".go")
        self.assertEqual(li["codemirror_mode"], "go")
        self.assertIsInstance(c["implementation"], str)
        self.assertIsInstance(c["banner"], str)

    def test_kernelspec(self) -> None:
        spec = KernelSpecManager().get_kernel_spec("spargo")
        self.assertEqual(spec.language, "go")
        self.assertEqual(spec.interrupt_mode, "signal")
        self.assertIsNotNone(shutil.which(spec.argv[0]), f"kernel executable not found: {spec.argv}")
        self.assertIn("{connection_file}", spec.argv)

    def test_display_json_is_object(self) -> None:
        self.flush_channels()
        reply, output_msgs = self.execute_helper('display.JSON(map[string]any{"a": 1, "b": "x"})')
        self.assertEqual(reply["content"]["status"], "ok")
        data = [m["content"]["data"] for m in output_msgs if m["msg_type"] == "display_data"]
        self.assertEqual(len(data), 1, output_msgs)
        self.assertEqual(data[0]["application/json"], {"a": 1, "b": "x"})

    def test_clear_output_wait_flag(self) -> None:
        self.flush_channels()
        reply, output_msgs = self.execute_helper("display.Clear(false)")
        self.assertEqual(reply["content"]["status"], "ok")
        clears = [m for m in output_msgs if m["msg_type"] == "clear_output"]
        self.assertEqual([m["content"] for m in clears], [{"wait": False}])
