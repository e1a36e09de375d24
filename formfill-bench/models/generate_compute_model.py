#!/usr/bin/python3
"""Generates the bench's compute-realistic stand-ins for a YOLO form-field detector (needs onnx + numpy).

The committed test fixtures (models/fixtures) do no arithmetic, so timing a pipeline around them says
nothing about overhead relative to inference. This model has the published FFDNet contract (input
`images` [1,3,1216,1216], output `output0` [1,7,30324] from three heads at strides 8/16/32) and a
YOLO11n-like amount of convolution work (~13 GFLOPs at 1216 px, SiLU activations), so `session.run`
costs about what a small real detector costs. Its weights are made in-graph by ConstantOfShape
(ONNX Runtime folds them once at session creation), so the file stays a few KB. Its scores are ~0:
nothing passes the confidence threshold (the decode+NMS bench covers a realistic candidate set).

    /usr/bin/python3 formfill-bench/models/generate_compute_model.py               # yolo-compute-1216 (n-sized)
    WIDTH=2 OUT=formfill-bench/src/main/resources/dev/formfill/bench/models/yolo-compute-s-1216.onnx \
        /usr/bin/python3 formfill-bench/models/generate_compute_model.py           # yolo-compute-s-1216 (S-sized)

WIDTH=2 doubles every channel count (about 3x the run time measured here): session.run then costs about what
FFDNet-S costs, the smallest published FormFill model (DESIGN.md: ~230 ms at 1216 px, 2 threads).
"""
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get("OUT") or os.path.join(HERE, "..", "src", "main", "resources", "dev", "formfill", "bench",
                                            "models", "yolo-compute-1216.onnx")
SIZE = 1216
W = int(os.environ.get("WIDTH", "1"))  # channel multiplier: FLOPs grow with its square

nodes, inits = [], []
counter = [0]


def name(prefix):
    counter[0] += 1
    return f"{prefix}{counter[0]}"


def const_weight(shape):
    """A weight tensor of 1/fan_in everywhere, built in-graph so the file stays small."""
    fan_in = int(np.prod(shape[1:]))
    shape_name = name("wshape")
    inits.append(numpy_helper.from_array(np.array(shape, dtype=np.int64), shape_name))
    w = name("w")
    value = helper.make_tensor("value", TensorProto.FLOAT, [1], [1.0 / fan_in])
    nodes.append(helper.make_node("ConstantOfShape", [shape_name], [w], value=value))
    return w


def conv(x, cin, cout, k=3, stride=1, act=True):
    w = const_weight([cout, cin, k, k])
    y = name("conv")
    nodes.append(helper.make_node("Conv", [x, w], [y], kernel_shape=[k, k], strides=[stride, stride],
                                  pads=[k // 2] * 4))
    if not act:
        return y
    s, m = name("sig"), name("silu")
    nodes.append(helper.make_node("Sigmoid", [y], [s]))
    nodes.append(helper.make_node("Mul", [y, s], [m]))
    return m


x = conv("images", 3, 16 * W, stride=2)              # 608
x = conv(x, 16 * W, 32 * W, stride=2)                # 304
x = conv(x, 32 * W, 32 * W)
x = conv(x, 32 * W, 64 * W, stride=2)                # 152
p3 = conv(x, 64 * W, 64 * W)
x = conv(p3, 64 * W, 128 * W, stride=2)              # 76
p4 = conv(x, 128 * W, 128 * W)
x = conv(p4, 128 * W, 256 * W, stride=2)             # 38
p5 = conv(x, 256 * W, 256 * W)

heads = []
for feat, ch in ((p3, 64 * W), (p4, 128 * W), (p5, 256 * W)):
    h = conv(feat, ch, 64 * W)
    h = conv(h, 64 * W, 7, k=1, act=False)
    r = name("flat")
    shape = name("flatshape")
    inits.append(numpy_helper.from_array(np.array([1, 7, -1], dtype=np.int64), shape))
    nodes.append(helper.make_node("Reshape", [h, shape], [r]))
    heads.append(r)
nodes.append(helper.make_node("Concat", heads, ["raw"], axis=2))
# boxes: a small box near the page centre; scores: sigmoid(raw - 20) ~ 2e-9, below any threshold
for nm, arr in (("starts_b", [0]), ("ends_b", [4]), ("starts_s", [4]), ("ends_s", [7]), ("axes", [1])):
    inits.append(numpy_helper.from_array(np.array(arr, dtype=np.int64), nm))
inits.append(numpy_helper.from_array(np.array(SIZE / 2, dtype=np.float32), "centre"))
inits.append(numpy_helper.from_array(np.array(20.0, dtype=np.float32), "twenty"))
nodes.append(helper.make_node("Slice", ["raw", "starts_b", "ends_b", "axes"], ["raw_b"]))
nodes.append(helper.make_node("Slice", ["raw", "starts_s", "ends_s", "axes"], ["raw_s"]))
nodes.append(helper.make_node("Add", ["raw_b", "centre"], ["boxes"]))
nodes.append(helper.make_node("Sub", ["raw_s", "twenty"], ["logits"]))
nodes.append(helper.make_node("Sigmoid", ["logits"], ["scores"]))
nodes.append(helper.make_node("Concat", ["boxes", "scores"], ["output0"], axis=1))

n = (SIZE // 8) ** 2 + (SIZE // 16) ** 2 + (SIZE // 32) ** 2
graph = helper.make_graph(
    nodes, os.path.basename(OUT).replace(".onnx", ""),
    [helper.make_tensor_value_info("images", TensorProto.FLOAT, [1, 3, SIZE, SIZE])],
    [helper.make_tensor_value_info("output0", TensorProto.FLOAT, [1, 7, n])],
    inits)
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
model.ir_version = 8
model.producer_name = "formfill-bench"
for k, v in (("imgsz", f"[{SIZE}, {SIZE}]"), ("names", "{0: 'TextBox', 1: 'ChoiceButton', 2: 'Signature'}"),
             ("task", "detect"), ("description", "FormFill bench compute stand-in; not a trained model")):
    e = model.metadata_props.add()
    e.key, e.value = k, v
onnx.checker.check_model(model)
onnx.save(model, OUT)
print(f"{os.path.normpath(OUT)}: {os.path.getsize(OUT)} bytes, N = {n}")
